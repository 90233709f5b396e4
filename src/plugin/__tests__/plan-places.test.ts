// @vitest-environment jsdom
/**
 * The study plan's item tooltips say where each item sits in its lists. The
 * view reads those places once and keeps them until the library's shape
 * changes: a filter's keystroke reuses them, a list note that moves an item
 * shows the new place.
 */
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, importCatalog, MemoryVault } from '../../core';
import { flush, loadPlugin, nextFrame, openView } from './harness';

beforeAll(() => setup());
afterAll(() => teardown());

const LIST = '# Reading group\n\n## Week 1\n\n- [Sparse routing](https://arxiv.org/abs/2401.00001)\n\n## Week 2\n\n- [Other paper](https://arxiv.org/abs/2401.00002)\n';

describe('the places in the study plan’s tooltips', () => {
	it('follow a list note that moves an item', async () => {
		const v = new MemoryVault();
		await importCatalog(v, buildCatalog([{ file: 'group.md', text: LIST }]), { folder: 'Syllabus', today: '2026-11-22' });
		const h = await loadPlugin(Object.fromEntries(v.files));
		const view = await openView(h);
		const tooltip = (): string | null =>
			[...view.contentEl.querySelectorAll('.syllabus-item .syllabus-row')].find((r) => r.querySelector('.syllabus-title')?.textContent === 'Sparse routing')
				?.getAttribute('title') ?? null;
		expect(tooltip()).toBe('Sparse routing\nReading group › Week 1');

		// The reader moves the paper under Week 2 in the list note.
		const list = h.app.vault.getFileByPath('Syllabus/Lists/Reading group.md')!;
		const text = await h.app.vault.read(list);
		const line = text.split('\n').find((l) => l.includes('[[Sparse routing]]'))!;
		await h.app.vault.modify(list, text.replace(`${line}\n`, '').replace('%% syllabus:end', `${line}\n%% syllabus:end`));
		for (let i = 0; i < 5; i++) await flush();
		await nextFrame();
		expect(tooltip()).toBe('Sparse routing\nReading group › Week 2');
	});
});
