// @vitest-environment jsdom
/**
 * Settings reach what shows them through the store's change events: an open
 * study plan redraws Next up, the progress view its goal, the status bar
 * hides; a closed view has stopped listening. Saving writes data.json only
 * when something changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProgressView } from '../progress-view';
import { SettingsStore } from '../settings-store';
import { StudyPlanView, VIEW_TYPE } from '../study-plan-view';
import { flush, importList, loadPlugin, nextFrame, openView } from './harness';

const SEED = readFileSync(join(__dirname, '../../../seeds/000_2b7d31b80b4016fc.txt'), 'utf8');

beforeAll(() => setup());
afterAll(() => teardown());

describe('the settings store', () => {
	it('saves and tells its listeners which keys changed, and stays quiet when nothing did', async () => {
		const saved: unknown[] = [];
		const store = new SettingsStore({ loadData: () => Promise.resolve({ nextUpCount: 7 }), saveData: (d) => {
			saved.push(structuredClone(d));
			return Promise.resolve();
		} });
		await store.load();
		expect(store.value.nextUpCount).toBe(7);
		const heard: (readonly string[])[] = [];
		store.onChange((keys) => heard.push(keys));
		expect(await store.update({ nextUpCount: 3, weeklyGoal: store.value.weeklyGoal })).toEqual(['nextUpCount']);
		expect(await store.update({ nextUpCount: 3 })).toEqual([]);
		// A nested part edited in place (the enrich form does this) is seen on save.
		store.value.enrich.enabled = !store.value.enrich.enabled;
		await store.update();
		expect(heard).toEqual([['nextUpCount'], ['enrich']]);
		expect(saved).toHaveLength(2);
		expect(saved[1]).toMatchObject({ nextUpCount: 3, enrich: { enabled: store.value.enrich.enabled } });
	});
});

describe('folds and filters saved in data.json by earlier versions', () => {
	it('seed the first study plan opened, then leave data.json', async () => {
		const h = await loadPlugin({}, { view: { collapsed: ['x#y'], expanded: [], statuses: ['done'], kinds: [], text: 'rope' } });
		const make = (h.plugin as unknown as { views__: Map<string, (leaf: unknown) => StudyPlanView> }).views__.get(VIEW_TYPE)!;
		const first = make(WorkspaceLeaf.create2__(h.app).asOriginalType3__());
		expect(first.getState()).toMatchObject({ collapsed: ['x#y'], statuses: ['done'], text: 'rope' });
		await flush();
		expect(h.plugin.settings.value.view).toEqual({ collapsed: [], expanded: [], statuses: [], kinds: [], text: '' });
		// A study plan opened later starts clean, not from the old filters.
		expect(make(WorkspaceLeaf.create2__(h.app).asOriginalType3__()).getState()).toMatchObject({ collapsed: [], statuses: [], text: '' });
	});
});

describe('a settings change', () => {
	it('reaches an open study plan, and a closed one no longer listens', async () => {
		const h = await loadPlugin();
		await importList(h, 'seeds/000.txt', SEED);
		await flush();
		const view = await openView(h);
		expect(view.contentEl.querySelectorAll('.syllabus-next-up .syllabus-next-item')).toHaveLength(5);
		await h.plugin.settings.update({ nextUpCount: 2 });
		await nextFrame();
		expect(view.contentEl.querySelectorAll('.syllabus-next-up .syllabus-next-item')).toHaveLength(2);

		// A setting the plan does not show leaves it alone.
		const refresh = vi.spyOn(view, 'refresh');
		await h.plugin.settings.update({ weeklyGoal: 9 });
		expect(refresh).not.toHaveBeenCalled();

		// Closed: the leaf unloads the view, and its listener goes with it.
		view.unload();
		await h.plugin.settings.update({ nextUpCount: 4 });
		expect(refresh).not.toHaveBeenCalled();
	});

	it('reaches the progress view and the status bar', async () => {
		const h = await loadPlugin();
		await importList(h, 'seeds/000.txt', SEED);
		await flush();
		const progress = new ProgressView(WorkspaceLeaf.create2__(h.app).asOriginalType3__(), h.plugin.context, () => undefined, () => '2026-11-22');
		progress.load();
		await progress.onOpen();
		expect(progress.contentEl.textContent).toContain('This week: 0 of 3');
		await h.plugin.settings.update({ weeklyGoal: 5 });
		await nextFrame();
		expect(progress.contentEl.textContent).toContain('This week: 0 of 5');

		const bar = (h.plugin as unknown as { statusBarItems__: HTMLElement[] }).statusBarItems__[0]!;
		expect(bar.textContent).toMatch(/^0\/\d+ done$/);
		expect(bar.style.display).toBe('');
		await h.plugin.settings.update({ showStatusBar: false });
		expect(bar.style.display).toBe('none');
	});
});
