/**
 * The CLI's scan cache: an unchanged note is known from its stat and never
 * read; anything else — an edit (even one that keeps the size), a rename, a
 * move, a deletion, a cache from another version or a corrupt one, a time
 * too close to the recording to trust — is read again, and the import is
 * the same as without a cache.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, importCatalog, type VaultScan } from '../core';
import { tempDir } from './__tests__/temp-dirs';
import { FsVault } from './fs-vault';
import { ScanCache, VERSION } from './scan-cache';

const LIST = '# ML\n\n## Attention\n' + Array.from({ length: 20 }, (_, i) => `- [Study ${i + 1}](https://arxiv.org/abs/2401.${String(i + 1).padStart(5, '0')})`).join('\n');
const OPTIONS = { folder: 'Syllabus', today: '2026-11-22' };
const CACHE = '.obsidian/plugins/syllabus/scan-cache.json';

async function vault(): Promise<string> {
	const dir = tempDir('syllabus-cache-');
	await importCatalog(new FsVault(dir), buildCatalog([{ file: 'ml.md', text: LIST }]), OPTIONS);
	return dir;
}

async function rescan(dir: string): Promise<{ v: FsVault; scan: VaultScan }> {
	const v = new FsVault(dir);
	return { v, scan: await v.scan() };
}

const paper = (dir: string, n: number): string => join(dir, `Syllabus/Resources/Study ${n}.md`);

describe('the scan cache', () => {
	it('reads no note on a re-import of an unchanged vault, and finds the same notes', async () => {
		const dir = await vault();
		const fresh = await rescan(dir);
		expect(fresh.v.reads).toBe(0);
		rmSync(join(dir, CACHE));
		const uncached = await rescan(dir);
		expect(uncached.v.reads).toBeGreaterThan(20);
		expect(fresh.scan).toEqual(uncached.scan);
	});

	it('reads a note edited in place, even when its size did not change', async () => {
		const dir = await vault();
		const file = paper(dir, 3);
		writeFileSync(file, readFileSync(file, 'utf8').replace('status: todo', 'status: done'));
		expect(statSync(file).size).toBe(Buffer.byteLength(readFileSync(file, 'utf8')));
		const { v, scan } = await rescan(dir);
		expect(v.reads).toBe(1);
		const note = scan.notes.find((n) => n.path === 'Syllabus/Resources/Study 3.md');
		expect(note && 'properties' in note ? note.properties.status : undefined).toBe('done');
	});

	it('finds renamed and moved notes by reading only them, and forgets deleted ones', async () => {
		const dir = await vault();
		renameSync(paper(dir, 1), join(dir, 'Syllabus/Resources/My paper.md'));
		mkdirSync(join(dir, 'Reading'));
		renameSync(paper(dir, 2), join(dir, 'Reading/Study 2.md'));
		rmSync(paper(dir, 4));
		const { v, scan } = await rescan(dir);
		expect(v.reads).toBe(2);
		const paths = scan.notes.map((n) => n.path);
		expect(paths).toContain('Syllabus/Resources/My paper.md');
		expect(paths).toContain('Reading/Study 2.md');
		expect(paths).not.toContain('Syllabus/Resources/Study 4.md');
		// The re-import finds them where the reader put them: nothing is created again but the deleted note.
		const report = await importCatalog(v, buildCatalog([{ file: 'ml.md', text: LIST }]), OPTIONS);
		expect(report.created.map((c) => c.path)).toEqual(['Syllabus/Resources/Study 4.md']);
		const cache = JSON.parse(readFileSync(join(dir, CACHE), 'utf8')) as { entries: unknown[] };
		expect(cache.entries).not.toContain('Syllabus/Resources/Study 1.md');
		expect(cache.entries).toContain('Syllabus/Resources/My paper.md');
	});

	it('rebuilds by reading a cache from another version or a corrupt one', async () => {
		const dir0 = await vault();
		const current = readFileSync(join(dir0, CACHE), 'utf8');
		// The first version's shape (objects keyed by path, every property kept), as an import of that version left it.
		const v1 = JSON.stringify({ version: 'syllabus-scan-1', recordedAt: Date.now(), entries: Object.fromEntries((await rescan(dir0)).scan.notes.map((n) => {
			const { size, mtimeMs } = statSync(join(dir0, n.path));
			return [n.path, { size, mtimeMs, note: n }];
		})) });
		const olderKeys = current.replace(VERSION, 'syllabus-scan-2 syllabus-id,url');
		const truncated = current.replace(/\]\}$/, ',"extra"]}');
		// Each written over the cache of the same unchanged vault, whose stats the older caches record truly.
		for (const text of [v1, olderKeys, truncated, '{"version":"syllabus-scan-0","recordedAt":1,"entries":{}}', '{not json', '']) {
			const dir = dir0;
			writeFileSync(join(dir, CACHE), text);
			const { v } = await rescan(dir);
			expect(v.reads, text).toBeGreaterThan(20);
			await v.finish();
			expect((await rescan(dir)).v.reads, text).toBe(0);
		}
	});

	it('does not trust a whole-second time as close to the recording as an edit could be', () => {
		const dir = tempDir('syllabus-cache-');
		const file = join(dir, 'cache.json');
		const now = Date.now();
		const second = Math.floor(now / 1000) * 1000;
		writeFileSync(file, JSON.stringify({ version: VERSION, recordedAt: second + 500, entries: ['a.md', 10, second, 0, 'b.md', 10, second - 5000, 0] }));
		const cache = new ScanCache(file);
		expect(cache.lookup('a.md', { size: 10, mtimeMs: second })).toBeUndefined();
		expect(cache.lookup('b.md', { size: 10, mtimeMs: second - 5000 })).toBeNull();
		expect(cache.lookup('b.md', { size: 11, mtimeMs: second - 5000 })).toBeUndefined();
		// Checked again, the racy entry is saved again, so the next run can trust it.
		cache.record('a.md', { size: 10, mtimeMs: second }, null);
		cache.save();
		const saved = JSON.parse(readFileSync(file, 'utf8')) as { recordedAt: number };
		expect(saved.recordedAt).toBeGreaterThanOrEqual(now);
	});

	it('reads a note whose time was set back to the recorded one but whose size changed', async () => {
		const dir = await vault();
		const file = paper(dir, 5);
		// A time that can be set back exactly (a Date holds whole milliseconds; the file's own time has more), recorded by a scan.
		const then = new Date(Date.now() - 60_000);
		utimesSync(file, then, then);
		await (await rescan(dir)).v.finish();
		expect((await rescan(dir)).v.reads).toBe(0);
		writeFileSync(file, readFileSync(file, 'utf8').replace('## Notes', '## Notes\n\nMine.'));
		utimesSync(file, then, then);
		const { v } = await rescan(dir);
		expect(v.reads).toBe(1);
	});
});

describe('what an import records of the notes it creates', () => {
	const seeds = async (): Promise<string> => {
		const dir = tempDir('syllabus-cache-');
		const root = join(__dirname, '../../seeds');
		const files = readdirSync(root).sort().map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(root, f), 'utf8') }));
		await importCatalog(new FsVault(dir), buildCatalog(files), OPTIONS);
		return dir;
	};

	it.each([['a list of papers', vault], ['the seeds', seeds]])('is what a scan that reads every note records: %s', async (_, made) => {
		const dir = await made();
		const entries = (): Map<string, unknown> => {
			const flat = (JSON.parse(readFileSync(join(dir, CACHE), 'utf8')) as { entries: unknown[] }).entries;
			const out = new Map<string, unknown>();
			for (let i = 0; i < flat.length; i += 4) out.set(flat[i] as string, flat[i + 3]);
			return out;
		};
		const learnt = entries();
		rmSync(join(dir, CACHE));
		const v = new FsVault(dir);
		await v.scan();
		await v.finish();
		expect(v.reads).toBe(learnt.size);
		expect(entries()).toEqual(learnt);
	});
});
