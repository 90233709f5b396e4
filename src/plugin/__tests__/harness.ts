/**
 * Running the real plugin against obsidian-test-mocks: load it, import
 * through the preview as a reader does, open the study plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PluginManifest } from 'obsidian';
import { App, ButtonComponent, Modal, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { expect, vi } from 'vitest';
import SyllabusPlugin from '../main';
import { StudyPlanView } from '../study-plan-view';

const manifest: PluginManifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest.json'), 'utf8')) as PluginManifest;

export interface Harness {
	app: App;
	plugin: SyllabusPlugin;
}

/** The next animation frame, when the views draw what they queued. */
export function nextFrame(): Promise<void> {
	return new Promise((resolve) => window.requestAnimationFrame(() => resolve()));
}

export async function flush(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise<void>((r) => window.setTimeout(r, 0));
}

export async function loadPlugin(files: Record<string, string> = {}): Promise<Harness> {
	const app = App.createConfigured__({ files });
	const plugin = new SyllabusPlugin(app.asOriginalType__(), manifest);
	// Component.load() runs onload; it does not wait for its promise, as in the app.
	plugin.load();
	await flush();
	app.workspace.setLayoutReady__();
	await flush();
	return { app, plugin };
}

/** Run an import the way a reader does: preview, then the Import button. */
export async function importThroughPreview(h: Harness, source: string, text: string, start?: () => Promise<void>, beforeImport?: (preview: Modal) => void): Promise<string> {
	const opened: Modal[] = [];
	const spy = vi.spyOn(Modal.prototype, 'open').mockImplementation(function (this: Modal) {
		opened.push(this);
		this.onOpen();
	});
	// The mock's buttons keep their handler instead of listening for DOM clicks.
	const buttons: { el: HTMLElement; click: (evt: MouseEvent) => unknown }[] = [];
	const clickSpy = vi.spyOn(ButtonComponent.prototype, 'onClick').mockImplementation(function (this: ButtonComponent, cb: (evt: MouseEvent) => unknown) {
		buttons.push({ el: this.buttonEl, click: cb });
		return this;
	});
	if (start) await start();
	else await h.plugin.importer.importText(source, text);
	for (let i = 0; i < 20 && !opened.length; i++) await flush();
	const preview = opened[0]!;
	expect(preview.contentEl.textContent).toMatch(/new resources?/);
	beforeImport?.(preview);
	// What the preview said, before the Import button closes it.
	const shown = preview.contentEl.textContent ?? '';
	const before = h.plugin.importer.lastReport;
	void buttons.find((b) => b.el.textContent === 'Import')!.click(new MouseEvent('click'));
	for (let i = 0; i < 100 && h.plugin.importer.lastReport === before; i++) await flush();
	spy.mockRestore();
	clickSpy.mockRestore();
	expect(h.plugin.importer.lastReport?.source).toBe(source);
	return shown;
}

export async function openView(h: Harness): Promise<StudyPlanView> {
	const leaf = WorkspaceLeaf.create2__(h.app);
	const view = new StudyPlanView(leaf.asOriginalType3__(), h.plugin.context);
	// Loaded as a leaf loads it, so what it registers is removed when it closes (`view.unload()`).
	view.load();
	await view.onOpen();
	return view;
}
