/**
 * `npm run preview`: the plugin's real study-plan view and resource picker in
 * a plain web page, over the seed lists imported the way `npm run demo` does,
 * inside a frame laid out like Obsidian's right sidebar. Nothing here is a
 * copy of the plugin: `obsidian` resolves to the test runtime (./runtime.ts)
 * and the plugin's modules are bundled unchanged.
 *
 * Query parameters set the starting state: `?theme=dark`, `?width=500`.
 * `window.syllabusPreview` lets the end-to-end tests reach the plugin.
 */
import type { PluginManifest } from 'obsidian';
import { setup } from 'obsidian-test-mocks/setup';
import { manifest, seeds } from 'virtual:seeds';
import { buildCatalog, importCatalog, MemoryVault } from '../core';
import SyllabusPlugin from '../plugin/main';
import { PROGRESS_VIEW_TYPE, ProgressView } from '../plugin/progress-view';
import { StudyPlanView, VIEW_TYPE } from '../plugin/study-plan-view';
import { fetchMetadataDemo } from './enrich-demo';
import { registerIcons } from './icons';
import { NotePane } from './note-pane';
import { App, WorkspaceLeaf } from './runtime';

/** What the page hands the end-to-end tests. */
export interface PreviewHandle {
	plugin: SyllabusPlugin;
	/** Run a command the way the command palette does. */
	run(id: string): void;
	/** Feed a list to the plugin's import flow (as "Import from clipboard" would). */
	importText(source: string, text: string): Promise<void>;
	/** Open the progress view in the main pane, as "Show progress" opens it in a tab. */
	showProgress(): Promise<void>;
	/** The study plan view in the sidebar. */
	view: StudyPlanView;
	/** Show a note in the main pane, as opening it from the study plan does. */
	openNote(path: string): Promise<void>;
}

declare global {
	interface Window {
		syllabusPreview?: PreviewHandle;
	}
}

const SIDEBAR_WIDTHS = ['300', '500'];
const TODAY = '2026-11-22';

/** Days before TODAY on which the demo reader finished something, for the weekly chart. */
const HISTORY = [1, 3, 6, 9, 10, 16, 22, 24, 30, 37, 38, 45, 58, 63];
/** Resources the browser tests click on: their history stays empty. */
const UNTOUCHED = /Flash Attention|Jina embeddings|Nlp course|Tokeni/;

function daysBefore(days: number): string {
	const [y, m, d] = TODAY.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** A few weeks of a reader's history: items finished on past days, two being read. */
function withHistory(files: Map<string, string>): void {
	const resources = [...files.keys()].filter((p) => p.startsWith('Syllabus/Resources/') && !UNTOUCHED.test(p)).sort();
	const pick = (i: number): string | undefined => resources[(i * 37) % resources.length];
	HISTORY.forEach((days, i) => {
		const path = pick(i);
		if (path) files.set(path, files.get(path)!.replace(/^status: todo$/m, `status: done\nstarted: ${daysBefore(days + 2)}\nfinished: ${daysBefore(days)}`));
	});
	for (const [i, days] of [[HISTORY.length, 2], [HISTORY.length + 1, 5]] as const) {
		const path = pick(i);
		if (path) files.set(path, files.get(path)!.replace(/^status: todo$/m, `status: reading\nstarted: ${daysBefore(days)}`));
	}
}

async function demoFiles(): Promise<Record<string, string>> {
	const vault = new MemoryVault();
	// A fixed date keeps the screenshots the same from one run to the next.
	await importCatalog(vault, buildCatalog(seeds), { folder: 'Syllabus', today: TODAY });
	withHistory(vault.files);
	return Object.fromEntries(vault.files);
}

function waitFor(check: () => boolean): Promise<void> {
	return new Promise((resolve) => {
		const poll = (): void => {
			if (check()) resolve();
			else window.setTimeout(poll, 10);
		};
		poll();
	});
}

function toolbar(body: HTMLElement, params: URLSearchParams, sidebar: HTMLElement, handle: PreviewHandle): void {
	const banner = body.createEl('header', { cls: 'preview-toolbar' });
	banner.createEl('h1', { cls: 'preview-name', text: 'Syllabus preview' });
	const bar = banner.createDiv({ cls: 'preview-controls', attr: { role: 'toolbar', 'aria-label': 'Preview controls' } });

	// A toggle button: its name stays, its pressed state says whether the theme is dark.
	const theme = bar.createEl('button', { cls: 'preview-theme', text: 'Dark theme', attr: { 'aria-pressed': String(body.hasClass('theme-dark')) } });
	theme.addEventListener('click', () => {
		const dark = !body.hasClass('theme-dark');
		body.toggleClass('theme-dark', dark);
		body.toggleClass('theme-light', !dark);
		theme.setAttr('aria-pressed', String(dark));
	});

	const width = bar.createEl('select', { cls: 'dropdown preview-width', attr: { 'aria-label': 'Sidebar width' } });
	for (const w of SIDEBAR_WIDTHS) width.createEl('option', { text: `Sidebar ${w} px`, value: w });
	width.value = SIDEBAR_WIDTHS.includes(params.get('width') ?? '') ? params.get('width')! : '300';
	const applyWidth = (): void => sidebar.setCssProps({ width: `${width.value}px` });
	width.addEventListener('change', applyWidth);
	applyWidth();

	const find = bar.createEl('button', { cls: 'preview-find', text: 'Find resource' });
	find.addEventListener('click', () => handle.run('find-resource'));
	const progress = bar.createEl('button', { cls: 'preview-progress', text: 'Show progress' });
	progress.addEventListener('click', () => void handle.showProgress());
	const fetchMeta = bar.createEl('button', { cls: 'preview-fetch', text: 'Fetch metadata' });
	fetchMeta.addEventListener('click', () => void fetchMetadataDemo(handle.plugin));
}

/** Obsidian wraps a view in a leaf with a header; the plugin only fills contentEl. */
function mountLeaf(parent: HTMLElement, view: StudyPlanView | ProgressView, type: string): void {
	parent.empty();
	const leafEl = parent.createDiv({ cls: 'workspace-leaf mod-active' });
	view.containerEl.addClass('workspace-leaf-content');
	view.containerEl.setAttr('data-type', type);
	const header = view.containerEl.createDiv({ cls: 'view-header' });
	header.createDiv({ cls: 'view-header-title', text: view.getDisplayText() });
	view.containerEl.prepend(header);
	view.contentEl.addClass('view-content');
	leafEl.appendChild(view.containerEl);
}

async function start(): Promise<void> {
	setup();
	registerIcons();
	const params = new URLSearchParams(window.location.search);
	const body = activeDocument.body;
	body.addClass(params.get('theme') === 'dark' ? 'theme-dark' : 'theme-light');

	const app = App.createConfigured__({ files: await demoFiles() });
	// Obsidian's metadata cache follows a rename; the test runtime's does not, so it reads the moved note again.
	const cache = app.metadataCache as unknown as { parseFileMetadata(file: unknown): void };
	app.vault.on('rename', (file) => cache.parseFileMetadata(file));
	const plugin = new SyllabusPlugin(app.asOriginalType__(), manifest as PluginManifest);
	// Component.load() runs onload without waiting for it, as the app does.
	plugin.load();
	await waitFor(() => 'library' in plugin);
	app.workspace.setLayoutReady__();
	await waitFor(() => plugin.library.ready);

	let view: StudyPlanView | undefined;
	const handle: PreviewHandle = {
		plugin,
		get view() {
			return view!;
		},
		showProgress: async () => {
			const leaf = WorkspaceLeaf.create2__(app);
			const progress = new ProgressView(leaf.asOriginalType3__(), plugin.context, (path) => view?.reveal(path), () => TODAY);
			mountLeaf(notePane, progress, PROGRESS_VIEW_TYPE);
			progress.load();
			await progress.onOpen();
		},
		run: (id) => {
			const command = (plugin as unknown as { commands__: Map<string, { callback?: () => unknown }> }).commands__.get(id);
			command?.callback?.();
		},
		importText: (source, text) => plugin.importer.importText(source, text),
		openNote: (path) => plugin.actions.openNote(path, false),
	};

	const frame = body.createDiv({ cls: 'app-container' });
	const rootSplit = frame.createEl('main', { cls: 'workspace-split mod-root', attr: { 'aria-label': 'Note' } });
	const notePane = rootSplit.createDiv({ cls: 'preview-note markdown-rendered' });
	notePane.createEl('p', { cls: 'preview-hint', text: 'Open a resource from the study plan or the picker; its note appears here.' });
	const sidebar = frame.createEl('aside', { cls: 'workspace-split mod-right-split', attr: { 'aria-label': 'Right sidebar' } });
	body.prepend(frame);
	toolbar(body, params, sidebar, handle);
	body.prepend(body.querySelector('.preview-toolbar')!);

	const openNote = plugin.actions.openNote.bind(plugin.actions);
	const notes = new NotePane(plugin.app, notePane, plugin.library, (path) => void plugin.actions.openNote(path, false));
	plugin.actions.openNote = async (path, newTab) => {
		await openNote(path, newTab);
		await notes.show(path);
	};

	const leaf = WorkspaceLeaf.create2__(app);
	view = new StudyPlanView(leaf.asOriginalType3__(), plugin.context);
	mountLeaf(sidebar, view, VIEW_TYPE);
	view.load();
	await view.onOpen();

	window.syllabusPreview = handle;
	body.setAttr('data-preview-ready', 'true');
}

void start().catch((e: unknown) => {
	const body = activeDocument.body;
	body.setAttr('data-preview-error', e instanceof Error ? e.message : String(e));
	body.createEl('pre', { cls: 'preview-error', text: `The preview failed to start:\n${e instanceof Error ? e.stack ?? e.message : String(e)}` });
});
