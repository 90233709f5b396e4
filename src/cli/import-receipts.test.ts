/**
 * Import receipts: the same lists imported again with the same options into a
 * vault whose files all have the sizes and times they had are answered
 * without a scan or a plan, with the report planning gives. Any change — a
 * note edited (even keeping its size), renamed, moved or deleted, a new file,
 * the base edited, the list or an option changed, a receipt file corrupt or
 * from another version, a time too close to tell an edit apart — makes the
 * import plan again, and it plans what an import without receipts plans.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, importCatalog, writeCount, type ImportOptions, type ImportReport, type KeepLinks, type ListSource } from '../core';
import { tempDir } from './__tests__/temp-dirs';
import { FsVault } from './fs-vault';
import { catalogKey, RECEIPTS_VERSION } from './import-receipts';

const item = (i: number): string => `- [${i % 3 ? '' : 'x'}] [Study ${i}](https://arxiv.org/abs/2401.${String(i).padStart(5, '0')})`;
const list = (n: number): ListSource[] => [{ file: 'ml.md', text: `# ML\n\n## Attention\n${Array.from({ length: n }, (_, i) => item(i + 1)).join('\n')}\n` }];
const OPTIONS: ImportOptions = { folder: 'Syllabus', today: '2026-11-22' };
const RECEIPTS = '.obsidian/plugins/syllabus/import-receipts.json';
const paper = (dir: string, n: number): string => join(dir, `Syllabus/Resources/Study ${n}.md`);

async function run(dir: string, sources = list(20), options = OPTIONS, receipts = true): Promise<{ v: FsVault; report: ImportReport }> {
	const v = new FsVault(dir);
	const key = receipts ? catalogKey(sources) : undefined;
	const report = await importCatalog(v, buildCatalog(sources), { ...options, ...(key ? { catalogKey: key, receipts: v.receipts } : {}) });
	return { v, report };
}

/** A vault of the list with one broken note (so the report has something to say), imported and then imported again with nothing to write. */
async function primed(): Promise<string> {
	const dir = tempDir('syllabus-receipts-');
	mkdirSync(join(dir, 'Inbox'));
	writeFileSync(join(dir, 'Inbox/Broken.md'), '---\nurl: [unclosed\n---\nMine.\n');
	writeFileSync(join(dir, 'Inbox/figure.png'), 'PNG');
	expect(writeCount((await run(dir)).report)).toBeGreaterThan(20);
	expect(statSync(join(dir, RECEIPTS), { throwIfNoEntry: false }), 'an import that wrote keeps no receipt').toBeUndefined();
	const second = await run(dir);
	expect(writeCount(second.report)).toBe(0);
	expect(second.v.receiptsUsed).toBe(0);
	return dir;
}

describe('import receipts', () => {
	it('answer the same import into an unchanged vault without a scan, with the report planning gives', async () => {
		const dir = await primed();
		const answered = await run(dir);
		expect(answered.v.receiptsUsed).toBe(1);
		expect(answered.v.reads + answered.v.writes).toBe(0);
		const planned = await run(dir, list(20), OPTIONS, false);
		expect(planned.v.receiptsUsed).toBe(0);
		expect(answered.report).toEqual(planned.report);
		expect(answered.report.skipped.map((s) => s.path)).toEqual(['Inbox/Broken.md']);
		expect(answered.report.unchanged).toBeGreaterThan(20);
	});

	const changes: [string, (dir: string) => void, ListSource[]?, ImportOptions?][] = [
		['a note edited in place, keeping its size', (d) => writeFileSync(paper(d, 2), readFileSync(paper(d, 2), 'utf8').replace('status: todo', 'status: done'))],
		['a renamed note', (d) => renameSync(paper(d, 1), join(d, 'Syllabus/Resources/My paper.md'))],
		['a note moved to another folder', (d) => renameSync(paper(d, 5), join(d, 'Inbox/Study 5.md'))],
		['a deleted note', (d) => rmSync(paper(d, 7))],
		['a file that is not a note renamed', (d) => renameSync(join(d, 'Inbox/figure.png'), join(d, 'Inbox/Study 3.png'))],
		['a new file that is not a note', (d) => writeFileSync(join(d, 'Syllabus/Resources/Study 21.md.pdf'), '%PDF')],
		['the base edited', (d) => writeFileSync(join(d, 'Syllabus/Syllabus.base'), `${readFileSync(join(d, 'Syllabus/Syllabus.base'), 'utf8')}\n# mine\n`)],
		['a corrupt receipts file', (d) => writeFileSync(join(d, RECEIPTS), '{"version":')],
		['receipts from another version', (d) => writeFileSync(join(d, RECEIPTS), readFileSync(join(d, RECEIPTS), 'utf8').replace(RECEIPTS_VERSION, 'syllabus-receipts-0'))],
		['one more item in the list', () => undefined, list(21)],
		['the same items in another list file', () => undefined, [{ ...list(20)[0]!, file: 'ml2.md' }]],
		['another day', () => undefined, undefined, { ...OPTIONS, today: '2026-11-23' }],
		['statuses kept in Obsidian', () => undefined, undefined, { ...OPTIONS, statusFromLists: false }],
	];

	it.each(changes)('plan again after %s, as an import without receipts plans', async (_, change, sources = list(20), options = OPTIONS) => {
		const dir = await primed();
		change(dir);
		const copy = tempDir('syllabus-receipts-');
		cpSync(dir, copy, { recursive: true, preserveTimestamps: true });
		const without = await run(copy, sources, options, false);
		const withReceipts = await run(dir, sources, options);
		expect(withReceipts.v.receiptsUsed).toBe(0);
		expect(withReceipts.report).toEqual(without.report);
		// Planned and found nothing to write: the next identical import is answered.
		if (writeCount(withReceipts.report) === 0) expect((await run(dir, sources, options)).v.receiptsUsed).toBe(1);
	});

	it('plan again after a note was edited and its time set back, from its size', async () => {
		const dir = tempDir('syllabus-receipts-');
		await run(dir);
		// A time a file system can set back exactly (a Date has whole milliseconds; the files' own times have more).
		const then = new Date(Date.now() - 60_000);
		utimesSync(paper(dir, 4), then, then);
		await run(dir);
		expect((await run(dir)).v.receiptsUsed).toBe(1);
		writeFileSync(paper(dir, 4), readFileSync(paper(dir, 4), 'utf8').replace('## Notes', '## Notes\n\nMine.'));
		utimesSync(paper(dir, 4), then, then);
		expect((await run(dir)).v.receiptsUsed).toBe(0);
	});

	it('keep none for a vault whose whole-second time is too close to tell an edit apart', async () => {
		const dir = tempDir('syllabus-receipts-');
		await run(dir);
		const now = Math.floor(Date.now() / 1000);
		utimesSync(paper(dir, 3), now, now);
		await run(dir);
		expect((await run(dir)).v.receiptsUsed).toBe(0);
		// The same time well in the past can be trusted.
		utimesSync(paper(dir, 3), now - 10, now - 10);
		await run(dir);
		expect((await run(dir)).v.receiptsUsed).toBe(1);
	});

	it('are not kept by a dry run, and answer one', async () => {
		const dir = tempDir('syllabus-receipts-');
		await run(dir);
		const v = new FsVault(dir);
		const sources = list(20);
		await importCatalog(v, buildCatalog(sources), { ...OPTIONS, catalogKey: catalogKey(sources)!, receipts: v.receipts, dryRun: true });
		expect(statSync(join(dir, RECEIPTS), { throwIfNoEntry: false })).toBeUndefined();
		// A dry run or a progress line does not change what is planned: the receipt answers them.
		const primedDir = await primed();
		const answered = new FsVault(primedDir);
		await importCatalog(answered, buildCatalog(sources), { ...OPTIONS, catalogKey: catalogKey(sources)!, receipts: answered.receipts, dryRun: true, onProgress: () => undefined });
		expect(answered.receiptsUsed).toBe(1);
	});

	it('are keyed by the left-out links kept (--keep-all): keeping them plans again and writes them', async () => {
		const dir = tempDir('syllabus-receipts-');
		const sources: ListSource[] = [{ file: 'ml.md', text: '# ML\n\n- [Paper 1](https://arxiv.org/abs/2401.00001)\n- [Sponsor us](https://patreon.com/someone)\n' }];
		const importKeeping = async (keep?: KeepLinks): Promise<{ v: FsVault; report: ImportReport }> => {
			const v = new FsVault(dir);
			const opts = keep ? { keep } : {};
			return { v, report: await importCatalog(v, buildCatalog(sources, opts), { ...OPTIONS, catalogKey: catalogKey(sources, opts)!, receipts: v.receipts }) };
		};
		await importKeeping();
		expect(writeCount((await importKeeping()).report)).toBe(0);
		expect((await importKeeping()).v.receiptsUsed).toBe(1);
		const kept = await importKeeping('all');
		expect(kept.v.receiptsUsed).toBe(0);
		expect(kept.report.created.map((c) => c.title)).toContain('Sponsor us');
		const ticked = new Set(['https://patreon.com/someone']);
		expect(catalogKey(sources, { keep: ticked })).not.toBe(catalogKey(sources, { keep: 'all' }));
		expect(catalogKey(sources, { keep: ticked })).not.toBe(catalogKey(sources));
		expect(catalogKey(sources, { keep: new Set() })).toBe(catalogKey(sources));
	});

	it('are keyed by the running build as well as the lists', () => {
		const dir = tempDir('syllabus-receipts-');
		const sources = list(3);
		const argv1 = process.argv[1];
		try {
			writeFileSync(join(dir, 'a.js'), 'one build');
			writeFileSync(join(dir, 'b.js'), 'another build');
			process.argv[1] = join(dir, 'a.js');
			const a = catalogKey(sources);
			expect(a).toMatch(/^[0-9a-f]{64}$/);
			expect(catalogKey(sources)).toBe(a);
			expect(catalogKey(list(4))).not.toBe(a);
			// The same file name and text from another folder is another list.
			expect(catalogKey([{ ...sources[0]!, key: '/elsewhere/ml.md' }])).not.toBe(a);
			process.argv[1] = join(dir, 'b.js');
			expect(catalogKey(sources)).not.toBe(a);
			process.argv[1] = join(dir, 'missing.js');
			expect(catalogKey(sources)).toBeUndefined();
		} finally {
			process.argv[1] = argv1!;
		}
	});
});
