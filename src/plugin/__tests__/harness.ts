/**
 * Running the real plugin against obsidian-test-mocks: load it, import a
 * list as a reader does (answering the preview), open the study plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PluginManifest } from 'obsidian';
import { App, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { expect } from 'vitest';
import { previewOptions, type ImportAnswer, type ImportQuestion } from '../import-confirm';
import { PreviewModal } from '../import-preview';
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

/** Load the plugin over a vault of `files`, with `data` as its saved data.json. */
export async function loadPlugin(files: Record<string, string> = {}, data?: unknown): Promise<Harness> {
	const app = App.createConfigured__({ files });
	const plugin = new SyllabusPlugin(app.asOriginalType__(), manifest);
	if (data !== undefined) (plugin as unknown as { data__: unknown }).data__ = data;
	// Component.load() runs onload; it does not wait for its promise, as in the app.
	plugin.load();
	await flush();
	app.workspace.setLayoutReady__();
	await flush();
	return { app, plugin };
}

/** How a test runs an import: what starts it (a command, the clipboard) and how the reader answers the preview. */
export interface ImportRun {
	start?: () => Promise<void>;
	/** The reader's answer; Import as proposed when unset. */
	answer?: (question: ImportQuestion) => ImportAnswer;
}

/** The words the preview modal shows for a question: the real modal's content, drawn without opening it. */
export function previewWords(h: Harness, q: ImportQuestion): string {
	const modal = new PreviewModal(h.plugin.app, q.source, q.summary, () => undefined, previewOptions(q));
	modal.onOpen();
	return modal.contentEl.textContent ?? '';
}

/**
 * Run an import as a reader does, answering the importer's confirm instead
 * of the modal (import-preview.test.ts presses the modal's own buttons).
 * Resolves once the import is written, with the words the preview showed.
 */
export async function importList(h: Harness, source: string, text: string, run: ImportRun = {}): Promise<string> {
	const importer = h.plugin.importer;
	let shown: string | undefined;
	importer.confirm = (q) => {
		shown = previewWords(h, q);
		return Promise.resolve(run.answer?.(q) ?? true);
	};
	const before = importer.lastReport;
	if (run.start) await run.start();
	else await importer.importText(source, text);
	// A command starts the import without waiting for it.
	for (let i = 0; i < 100 && importer.lastReport === before; i++) await flush();
	expect(shown).toMatch(/new resources?/);
	expect(importer.lastReport?.source).toBe(source);
	return shown!;
}

export async function openView(h: Harness): Promise<StudyPlanView> {
	const leaf = WorkspaceLeaf.create2__(h.app);
	const view = new StudyPlanView(leaf.asOriginalType3__(), h.plugin.context);
	// Loaded as a leaf loads it, so what it registers is removed when it closes (`view.unload()`).
	view.load();
	await view.onOpen();
	return view;
}
