/**
 * The study-plan view's first render of 10k items and one status change, in
 * jsdom with obsidian-test-mocks standing in for the app, against rendering
 * the same rows as plain `<div>`s. Mutations are counted with a
 * MutationObserver, not timed.
 */
import { JSDOM } from 'jsdom';
import { buildCatalog, importCatalog, libraryFromFiles, MemoryVault, readProperties } from '../core';
import { syntheticList } from './generate';
import { median } from './measure';

type Row = [string, string, string, string];

/** Install a DOM and Obsidian's DOM helpers as globals, as the app has them. */
async function installDom(): Promise<void> {
	const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
	const g = globalThis as Record<string, unknown>;
	const win = dom.window as unknown as Record<string, unknown>;
	g.window = win;
	g.document = dom.window.document;
	// Every DOM class (HTMLDivElement, MutationObserver…) as a global, as in a browser.
	for (const key of Object.getOwnPropertyNames(win)) {
		if (/^[A-Z]/.test(key) && !(key in g)) Object.defineProperty(g, key, { value: win[key], configurable: true, writable: true });
	}
	if (!('navigator' in g)) g.navigator = win.navigator;
	g.requestAnimationFrame = (cb: () => void) => setTimeout(cb, 0);
	(dom.window as unknown as Record<string, unknown>).requestAnimationFrame = g.requestAnimationFrame;
	const { setup } = (await import('obsidian-test-mocks/setup')) as { setup: () => void };
	setup();
}

/** Render figures for a list of `n` items. */
export async function renderBench(n: number, quickRun = false): Promise<{ figures: Record<string, number>; rows: Row[] }> {
	await installDom();
	const { App, WorkspaceLeaf, Events } = await import('obsidian-test-mocks/obsidian');
	const { StudyPlanView } = await import('../plugin/study-plan-view');

	const vault = new MemoryVault();
	await importCatalog(vault, buildCatalog([{ file: 'lists/synthetic.md', text: syntheticList(n, 1) }]), { folder: 'Syllabus', today: '2026-11-22' });
	const { items, blocks, resolver } = libraryFromFiles(vault.files);
	const events = Events.create__();
	const library = Object.assign(events, { items, blocks, resolver, ready: true, onChange: (cb: (c: unknown) => void) => events.on('change', cb) });
	const app = App.createConfigured__({ files: {} });
	const settings = { view: { collapsed: [] as string[], expanded: [] as string[], statuses: [], kinds: [], text: '' }, nextUpCount: 5, statusCycle: ['todo', 'reading', 'done'] };
	const plugin = {
		app: app.asOriginalType__(), library, settings, onSettingsChange: (cb: () => void) => events.on('settings', cb), importer: {},
		openNote: () => Promise.resolve(), cycleStatus: () => Promise.resolve(), setStatus: () => Promise.resolve(), revealNote: () => undefined,
	};
	const leaf = WorkspaceLeaf.create2__(app);
	const view = new StudyPlanView(leaf.asOriginalType3__(), plugin as never);
	await view.onOpen();

	const itemCount = [...items.values()].filter((i) => i.type === 'resource' || i.type === 'concept').length;
	const renderMs = median(() => view.render(), 3);
	const baselineMs = median(() => {
		const root = document.createElement('div');
		for (const i of items.values()) {
			const d = document.createElement('div');
			d.textContent = `${i.title} ${i.status ?? ''}`;
			root.appendChild(d);
		}
	}, 3);
	const rowCount = view.contentEl.querySelectorAll('.syllabus-row').length;

	// One status change, as the metadata cache would report it.
	// An item deep in the list (not in Next up, whose change would also, rightly, redraw Next up).
	const target = [...items.values()].reverse().find((i) => i.type === 'resource' && i.status === 'todo')!;
	let mutations = 0;
	const observer = new MutationObserver((records) => {
		mutations += records.length;
	});
	observer.observe(view.contentEl, { subtree: true, childList: true, attributes: true, characterData: true });
	items.set(target.path, { ...target, status: 'done' });
	events.trigger('change', { paths: [target.path], structural: false });
	await new Promise((r) => setTimeout(r, 0));
	mutations += observer.takeRecords().length;
	observer.disconnect();

	// Start-up: index a 50k-note vault the way the plugin does after layout-ready. Obsidian
	// hands the plugin parsed front matter from its metadata cache, so the stand-in below
	// does too (parsed before the clock starts); the mock runtime's own cache is quadratic
	// in the number of linked notes and would measure the mock.
	const { LibraryStore } = await import('../plugin/library-store');
	const big = new MemoryVault();
	await importCatalog(big, buildCatalog([{ file: 'lists/big.md', text: syntheticList(quickRun ? n : 50_000, 3) }]), { folder: 'Syllabus', today: '2026-11-22' });
	const files = [...big.files.keys()].map((path) => ({ path, extension: 'md', basename: path.slice(path.lastIndexOf('/') + 1, -3) }));
	const caches = new Map([...big.files].map(([path, text]) => {
		const p = readProperties(text);
		return [path, { frontmatter: 'properties' in p ? p.properties : undefined }] as const;
	}));
	const byPath = new Map(files.map((f) => [f.path, f]));
	const standIn = {
		vault: { getMarkdownFiles: () => files, getFileByPath: (p: string) => byPath.get(p) ?? null, cachedRead: (f: { path: string }) => Promise.resolve(big.files.get(f.path) ?? '') },
		metadataCache: { getFileCache: (f: { path: string }) => caches.get(f.path) ?? null },
	};
	const store = new LibraryStore(standIn as never);
	const buildStarted = performance.now();
	await store.build();
	const buildMs = performance.now() - buildStarted;

	const figures = {
		startupIndexMs: +buildMs.toFixed(0), startupLongestTaskMs: +store.longestTaskMs.toFixed(1), startupNotes: big.files.size,
		render10kMs: +renderMs.toFixed(0), renderBaselineMs: +baselineMs.toFixed(0), renderedRows: rowCount, statusChangeMutations: mutations,
	};
	const rows: Row[] = [
		[`plugin start-up: index ${big.files.size} notes after layout-ready (ms)`, buildMs.toFixed(0), `longest task ${store.longestTaskMs.toFixed(1)} ms`, store.longestTaskMs <= 50 ? 'met' : 'MISSED'],
		[`study plan: first render of ${itemCount} items (${rowCount} rows, ms)`, renderMs.toFixed(0), `plain divs ${baselineMs.toFixed(0)} (${(renderMs / baselineMs).toFixed(1)}×)`, renderMs <= 3 * baselineMs ? 'met' : 'MISSED'],
		['study plan: DOM mutations for one status change', String(mutations), 'that row and its ancestors', mutations <= 20 ? 'met' : 'MISSED'],
	];
	return { figures, rows };
}
