/**
 * The scan cache keeps only `SCANNED_KEYS`. Whatever the core reads from a
 * scan must be among them: a plan made from trimmed notes, and the library
 * built from them, are exactly those made from every property — on the
 * seeds' vault after a reader moved statuses on, dated them, fetched
 * metadata, added properties of their own and renamed notes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, importCatalog, libraryFromScan, MemoryVault, prepareImport, type VaultScan } from '../core';
import { trimmed } from './scan-cache';

const SEEDS = join(__dirname, '../../seeds');
const OPTIONS = { folder: 'Syllabus', today: '2026-11-22' };

/** A list of ten papers, the first `done` of them checked, with only the first `count`. */
const extra = (done: number, count = 10): { file: string; text: string } => ({
	file: 'lists/extra.md',
	text: Array.from({ length: count }, (_, i) => `- [${i < done ? 'x' : ' '}] [Extra paper ${i + 1}](https://arxiv.org/abs/2501.${String(i + 1).padStart(5, '0')})`).join('\n'),
});

/** The seeds and a checklist imported, then worked on as a reader would; and the lists as they read now. */
async function workedVault(): Promise<{ v: MemoryVault; catalog: ReturnType<typeof buildCatalog> }> {
	const seeds = readdirSync(SEEDS).map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(SEEDS, f), 'utf8') }));
	const v = new MemoryVault();
	await importCatalog(v, buildCatalog([...seeds, extra(0)]), OPTIONS);
	const notes = [...v.files.keys()].filter((p) => (p.includes('/Resources/') || p.includes('/Concepts/')) && !p.includes('Extra paper')).sort();
	notes.forEach((path, i) => {
		const text = v.files.get(path)!;
		const extra = [
			'status: reading\nstarted: 2026-11-01\nmy-own: kept',
			'status: done\nstarted: 2026-10-01\nfinished: 2026-11-02\nrating: 4',
			'title: A fetched title\nauthors:\n  - Ada Lovelace\n  - Alan Turing\nyear: 2017\nvenue: NeurIPS\npriority: 2',
			'status: paused\npdf: mine.pdf',
		][i % 5];
		if (extra) v.files.set(path, text.replace(/^status: \w+\n/m, '').replace('---\n', `---\n${extra}\n`));
	});
	for (const path of notes.filter((_, i) => i % 17 === 0)) v.rename(path, path.replace(/([^/]+)\.md$/, 'Renamed $1.md'));
	// The checklist now marks five papers done (their notes move forward) and has lost two (reported missing);
	// a new list brings new notes, numbered after the highest `order` in the vault.
	const added = { file: 'lists/new.md', text: '- [New paper](https://arxiv.org/abs/2502.00001)' };
	return { v, catalog: buildCatalog([...seeds, extra(5, 8), added]) };
}

const trim = (scan: VaultScan): VaultScan => ({ files: scan.files, notes: scan.notes.map((n) => trimmed(n)!) });

describe('the scanned keys', () => {
	it('are every property an import plans from', async () => {
		const { v, catalog } = await workedVault();
		const full = await v.scan();
		const plan = await prepareImport(v, catalog, OPTIONS);
		expect(plan.report.advanced).toHaveLength(5);
		expect(plan.report.missing).toHaveLength(2);
		expect(plan.report.created.length).toBeGreaterThan(0);
		// The same vault, except that its scan gives only the kept keys.
		const trimmedVault = Object.assign(Object.create(v) as MemoryVault, { scan: () => Promise.resolve(trim(full)) });
		expect(await prepareImport(trimmedVault, catalog, OPTIONS)).toEqual(plan);
	});

	it('are every property the library reads', async () => {
		const { v } = await workedVault();
		const full = await v.scan();
		const read = (path: string): Promise<string | null> => v.read(path);
		const lib = await libraryFromScan(full, read);
		const items = [...lib.items.values()];
		expect(items.some((i) => i.detail && i.priority && i.searchTerms)).toBe(true);
		expect(items.some((i) => i.finished && i.status === 'done')).toBe(true);
		expect(await libraryFromScan(trim(full), read)).toEqual(lib);
	});

	it('leave out what the core does not read', async () => {
		const { v } = await workedVault();
		const note = (await v.scan()).notes.find((n) => 'properties' in n && n.properties['my-own'] === 'kept')!;
		const kept = trimmed(note);
		expect(kept && 'properties' in kept ? kept.properties : {}).not.toHaveProperty('my-own');
		expect(kept && 'properties' in kept ? kept.properties : {}).not.toHaveProperty('added');
	});
});
