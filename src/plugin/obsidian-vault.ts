/**
 * The core's vault interface over Obsidian: `app.vault` for files,
 * `fileManager.processFrontMatter` for properties, the metadata cache for the
 * scan. Notes under the Syllabus folder that the cache has not indexed yet
 * (just created, say) are read directly, so an import right after an import
 * still finds every note and creates no duplicates.
 */
import { normalizePath, TFile, TFolder, type App } from 'obsidian';
import { applyPatchToObject, ID_KEY, readProperties, type PropertyPatch, type ScannedNote, type Vault, type VaultScan } from '../core';

/** The vault as the core sees it, inside Obsidian. */
export class ObsidianVault implements Vault {
	constructor(
		private readonly app: App,
		private readonly rootFolder: string,
	) {}

	private file(path: string): TFile | null {
		return this.app.vault.getFileByPath(normalizePath(path));
	}

	async scan(): Promise<VaultScan> {
		const files = this.app.vault.getAllLoadedFiles().filter((f): f is TFile => f instanceof TFile);
		const notes: ScannedNote[] = [];
		const empty: string[] = [];
		const root = `${normalizePath(this.rootFolder)}/`;
		for (const f of files) {
			if (f.extension !== 'md') continue;
			const cache = this.app.metadataCache.getFileCache(f);
			const fm = cache?.frontmatter;
			if (fm && (ID_KEY in fm || 'url' in fm)) {
				notes.push({ path: f.path, properties: { ...fm } });
				continue;
			}
			if (!f.path.startsWith(root)) continue;
			const unread = !cache || (cache.frontmatterPosition && !fm);
			// Not indexed yet, front matter the cache could not parse, or a note of 0 bytes: read it ourselves.
			if (!unread && (fm || f.stat.size > 0)) continue;
			const text = await this.app.vault.cachedRead(f);
			// A note made and never written (Obsidian closed during an import): the next import finishes it.
			if (text === '') {
				empty.push(f.path);
				continue;
			}
			if (!unread) continue;
			const parsed = readProperties(text);
			if ('error' in parsed) notes.push({ path: f.path, error: parsed.error, raw: parsed.raw });
			else if (ID_KEY in parsed.properties || 'url' in parsed.properties) notes.push({ path: f.path, properties: parsed.properties });
		}
		return { files: files.map((f) => f.path), notes, empty };
	}

	async read(path: string): Promise<string | null> {
		const f = this.file(path);
		return f ? this.app.vault.read(f) : null;
	}

	private async ensureFolder(path: string): Promise<void> {
		const parts = normalizePath(path).split('/').slice(0, -1);
		for (let i = 1; i <= parts.length; i++) {
			const dir = parts.slice(0, i).join('/');
			const existing = this.app.vault.getAbstractFileByPath(dir);
			if (existing instanceof TFolder) continue;
			if (existing) throw new Error(`${dir} is a file, not a folder`);
			await this.app.vault.createFolder(dir);
		}
	}

	async create(path: string, content: string): Promise<void> {
		const p = normalizePath(path);
		if (this.app.vault.getAbstractFileByPath(p)) throw new Error(`${p} already exists`);
		await this.ensureFolder(p);
		await this.app.vault.create(p, content);
	}

	async process(path: string, change: (text: string) => string): Promise<void> {
		const f = this.file(path);
		if (!f) throw new Error(`${path} does not exist`);
		await this.app.vault.process(f, change);
	}

	async updateProperties(path: string, patch: PropertyPatch): Promise<void> {
		const f = this.file(path);
		if (!f) throw new Error(`${path} does not exist`);
		await this.app.fileManager.processFrontMatter(f, (fm: Record<string, unknown>) => applyPatchToObject(fm, patch));
	}
}
