/**
 * The live library: every Syllabus note in the vault, kept current from the
 * metadata cache and vault events, so the view, the picker and the status bar
 * stay true without a refresh button. Built once after layout-ready, in
 * chunks that hand the main thread back; then updated one note at a time.
 */
import { Events, TFile, type App, type EventRef } from 'obsidian';
import { aboutTerms, libraryItem, LinkResolver, listBlockLines, parseBlockLines, parseListBlock, type BlockLine, type LibraryItem } from '../core';

/** Files indexed per slice of the initial build (a slice stays well under 50 ms at 50k notes). */
const CHUNK = 500;

/** What changed: paths whose item changed, or everything. */
export interface LibraryChange {
	paths: string[];
	structural: boolean;
}

/** Every Syllabus note, by path, with each list note's study order. */
export class LibraryStore extends Events {
	readonly items = new Map<string, LibraryItem>();
	readonly blocks = new Map<string, BlockLine[]>();
	/** What each resource's and concept's About callout lets the picker find it by (see core/search/about.ts). */
	readonly about = new Map<string, string[]>();
	resolver = new LinkResolver([]);
	ready = false;
	/** The longest stretch the initial build held the main thread, for the benchmark. */
	longestTaskMs = 0;

	constructor(private readonly app: App) {
		super();
	}

	/** Index the vault, yielding between chunks. */
	async build(): Promise<void> {
		let started = performance.now();
		const files = this.app.vault.getMarkdownFiles();
		this.resolver = new LinkResolver([]);
		this.longestTaskMs = 0;
		const yieldNow = async (): Promise<void> => {
			this.longestTaskMs = Math.max(this.longestTaskMs, performance.now() - started);
			await new Promise<void>((r) => window.setTimeout(r, 0));
			started = performance.now();
		};
		// Paths first, so links resolve however the files are ordered; all in slices.
		for (let i = 0; i < files.length; i += CHUNK * 4) {
			for (const f of files.slice(i, i + CHUNK * 4)) this.resolver.add(f.path);
			await yieldNow();
		}
		for (let i = 0; i < files.length; i += CHUNK) {
			for (const f of files.slice(i, i + CHUNK)) this.index(f);
			await yieldNow();
		}
		for (const item of [...this.items.values()]) {
			if (item.type !== 'list') continue;
			const f = this.app.vault.getFileByPath(item.path);
			if (!f) continue;
			// A list of 50k items is read in slices too.
			const lines = listBlockLines(await this.app.vault.cachedRead(f));
			const parsed: BlockLine[] = [];
			for (let i = 0; i < lines.length; i += CHUNK * 10) {
				parsed.push(...parseBlockLines(lines.slice(i, i + CHUNK * 10)));
				await yieldNow();
			}
			this.blocks.set(item.path, parsed);
		}
		this.ready = true;
		this.emit({ paths: [], structural: true });
		void this.readAbout(yieldNow);
	}

	/**
	 * Read the About callouts after the plan is on screen, in slices, so the picker can
	 * also find an item by its abstract, the lists' notes and who recommended it.
	 */
	private async readAbout(yieldNow: () => Promise<void>): Promise<void> {
		const paths = [...this.items.values()].filter((i) => i.type === 'resource' || i.type === 'concept').map((i) => i.path);
		const found: string[] = [];
		for (let i = 0; i < paths.length; i += CHUNK) {
			for (const path of paths.slice(i, i + CHUNK)) {
				const f = this.app.vault.getFileByPath(path);
				if (!f) continue;
				const terms = aboutTerms(await this.app.vault.cachedRead(f));
				if (!terms.length) continue;
				this.about.set(path, terms);
				found.push(path);
			}
			await yieldNow();
		}
		if (found.length) this.trigger('about', found);
	}

	/** Listen for About terms read after the build; returns the ref to pass to `registerEvent`. */
	onAbout(callback: (paths: string[]) => void): EventRef {
		return this.on('about', callback as (...data: unknown[]) => unknown);
	}

	private index(file: TFile): LibraryItem | undefined {
		const fm = this.app.metadataCache.getFileCache(file)?.frontmatter;
		const item = libraryItem(file.path, fm);
		if (item) this.items.set(file.path, item);
		else this.items.delete(file.path);
		return item;
	}

	/** Read a list note's block; true when its shape changed (not only its checkboxes). */
	private async readBlock(path: string, text?: string): Promise<boolean> {
		const f = this.app.vault.getFileByPath(path);
		if (!f) return true;
		const before = this.blocks.get(path);
		const after = parseListBlock(text ?? (await this.app.vault.cachedRead(f)));
		this.blocks.set(path, after);
		return !before || before.length !== after.length || before.some((b, i) => b.depth !== after[i]!.depth || b.target !== after[i]!.target || b.text !== after[i]!.text);
	}

	private emit(change: LibraryChange): void {
		this.trigger('change', change);
	}

	/** Listen for changes; returns the ref to pass to `registerEvent`. */
	onChange(callback: (change: LibraryChange) => void): EventRef {
		return this.on('change', callback as (...data: unknown[]) => unknown);
	}

	/** Subscribe to the app's events; the caller registers the refs for cleanup. */
	watch(): EventRef[] {
		const { metadataCache, vault } = this.app;
		return [
			metadataCache.on('changed', (file, data) => {
				if (!this.ready) return;
				const before = this.items.get(file.path);
				const after = this.index(file);
				if (!before && !after) return;
				const aboutBefore = this.about.get(file.path);
				if (after?.type === 'resource' || after?.type === 'concept') this.about.set(file.path, aboutTerms(data));
				const structural = !before || !after || changedShape(before, after)
					|| !sameWords(aboutBefore, this.about.get(file.path));
				if (after?.type === 'list') {
					// A ticked checkbox changes a list note but not the plan's shape.
					void this.readBlock(file.path, data).then((reshaped) => this.emit({ paths: [file.path], structural: structural || reshaped }));
					return;
				}
				this.emit({ paths: [file.path], structural });
			}),
			vault.on('create', (file) => {
				if (file instanceof TFile && file.extension === 'md') this.resolver.add(file.path);
			}),
			vault.on('rename', (file, oldPath) => {
				if (!(file instanceof TFile)) return;
				this.resolver.remove(oldPath);
				this.resolver.add(file.path);
				const item = this.items.get(oldPath);
				this.items.delete(oldPath);
				const block = this.blocks.get(oldPath);
				this.blocks.delete(oldPath);
				if (block) this.blocks.set(file.path, block);
				const about = this.about.get(oldPath);
				this.about.delete(oldPath);
				if (about) this.about.set(file.path, about);
				if (item) this.index(file);
				if (item) this.emit({ paths: [oldPath, file.path], structural: true });
			}),
			vault.on('delete', (file) => {
				this.resolver.remove(file.path);
				const had = this.items.delete(file.path);
				this.blocks.delete(file.path);
				this.about.delete(file.path);
				if (had) this.emit({ paths: [file.path], structural: true });
			}),
		];
	}
}

/** Values compared as one text: order matters, as the records keep it. */
function sameWords(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
	return (a ?? []).join('\u0000') === (b ?? []).join('\u0000');
}

/**
 * Whether a note changed more than its status: anything the study plan's shape
 * or the picker's record is made of (a fetch filling authors and year, a kind
 * set by hand, an alias added). A status alone is patched in place.
 */
function changedShape(before: LibraryItem, after: LibraryItem): boolean {
	return before.type !== after.type || before.title !== after.title || before.kind !== after.kind
		|| before.year !== after.year || before.venue !== after.venue || before.detail !== after.detail
		|| !sameWords(before.topicLinks, after.topicLinks) || !sameWords(before.listLinks, after.listLinks)
		|| !sameWords(before.aliases, after.aliases) || !sameWords(before.authors, after.authors)
		|| !sameWords(before.searchTerms, after.searchTerms);
}
