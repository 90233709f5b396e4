/**
 * An import stopped half-way (a killed process, Obsidian closed) must be
 * finished by the next one: notes made but never written (0 bytes, as older
 * builds left them) are written where this import puts the same note, not
 * doubled beside it; other empty notes are the reader's and are reported;
 * notes that exist with our id are adopted. The end state is one clean
 * import's, file for file.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../index';
import { importCatalog, prepareImport, applyPlan } from './apply';
import type { ImportOptions } from './plan';
import { MemoryVault } from '../vault/memory-vault';

const OPTIONS: ImportOptions = { folder: 'Syllabus', today: '2026-12-08' };

/** A weekly paper list in the shape many share: a heading per week, linked titles with a venue. */
const LIST = [
	'# Reading group',
	'',
	'## Week 1',
	'',
	'- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (NeurIPS 2017)',
	'- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)',
	'',
	'## Week 2',
	'',
	'- [FlashAttention](https://arxiv.org/abs/2205.14135)',
	'- [The Annotated Transformer](https://nlp.seas.harvard.edu/annotated-transformer/)',
	'',
].join('\n');

const catalog = (): Catalog => buildCatalog([{ file: 'group.md', text: LIST }]);

/** The vault one clean import makes. */
async function cleanImport(): Promise<Map<string, string>> {
	const v = new MemoryVault();
	await importCatalog(v, catalog(), OPTIONS);
	return new Map(v.files);
}

/** A clean import's vault with these of its notes left empty, and the rest as if never written (a stop at that point). */
async function stoppedAt(emptied: string[], written: string[]): Promise<MemoryVault> {
	const clean = await cleanImport();
	const v = new MemoryVault();
	for (const p of written) v.files.set(p, clean.get(p)!);
	for (const p of emptied) v.files.set(p, '');
	return v;
}

const RESOURCE = 'Syllabus/Resources/Attention Is All You Need.md';
const OTHER = 'Syllabus/Resources/FlashAttention.md';

describe('an import after one that was stopped', () => {
	it('writes an empty note where it puts the same note, and not a second one beside it', async () => {
		const clean = await cleanImport();
		const v = await stoppedAt([RESOURCE], [OTHER]);
		const report = await importCatalog(v, catalog(), OPTIONS);
		expect(v.files).toEqual(clean);
		expect(report.finished).toEqual([RESOURCE]);
		expect(report.created.map((c) => c.path)).toContain(RESOURCE);
		expect(report.empty).toBeUndefined();
		// And the one after it has nothing to do.
		const again = await importCatalog(v, catalog(), OPTIONS);
		expect(again.created).toEqual([]);
		expect(again.updated).toEqual([]);
	});

	it('finishes an empty note at a name an earlier note of the same title pushed it to', async () => {
		// A note of the reader's took the first name, so the import made `… (article)`, and was stopped there.
		const mine = 'Syllabus/Resources/The Annotated Transformer.md';
		const v = new MemoryVault({ [mine]: 'My own notes on it.\n' });
		const first = await importCatalog(new MemoryVault({ [mine]: 'My own notes on it.\n' }), catalog(), OPTIONS);
		const pushed = first.created.find((c) => c.title === 'The Annotated Transformer')!.path;
		expect(pushed).not.toBe(mine);
		v.files.set(pushed, '');
		const report = await importCatalog(v, catalog(), OPTIONS);
		expect(report.finished).toEqual([pushed]);
		expect(v.files.get(mine)).toBe('My own notes on it.\n');
		expect([...v.files.keys()].filter((p) => p.includes('Annotated Transformer'))).toHaveLength(2);
	});

	it('leaves any other empty note alone and names the ones in its folder', async () => {
		const clean = await cleanImport();
		const stray = 'Syllabus/Resources/Untitled.md';
		const elsewhere = 'Inbox/Untitled.md';
		const v = new MemoryVault({ [stray]: '', [elsewhere]: '' });
		const report = await importCatalog(v, catalog(), OPTIONS);
		expect(v.files.get(stray)).toBe('');
		expect(v.files.get(elsewhere)).toBe('');
		expect(report.empty).toEqual([stray]);
		expect(report.finished).toBeUndefined();
		for (const [p, t] of clean) expect(v.files.get(p), p).toBe(t);
	});

	it('does not write over an empty note the reader has written in since the import began', async () => {
		const v = await stoppedAt([RESOURCE], []);
		const plan = await prepareImport(v, catalog(), OPTIONS);
		v.files.set(RESOURCE, 'Started my own note here.\n');
		const report = await applyPlan(v, plan);
		expect(v.files.get(RESOURCE)).toBe('Started my own note here.\n');
		expect(report.skipped).toEqual([{ path: RESOURCE, reason: expect.stringContaining('written in since') as string }]);
		expect(report.created.map((c) => c.path)).not.toContain(RESOURCE);
	});

	it('writes an empty base whole', async () => {
		const clean = await cleanImport();
		const v = await stoppedAt(['Syllabus/Syllabus.base'], []);
		await importCatalog(v, catalog(), OPTIONS);
		expect(v.files.get('Syllabus/Syllabus.base')).toBe(clean.get('Syllabus/Syllabus.base'));
	});

	it('adopts the notes a stopped import wrote whole, and ends as one clean import', async () => {
		const clean = await cleanImport();
		const paths = [...clean.keys()];
		// Stopped after each number of writes in turn: what was written stays, what was not is made now.
		for (let n = 0; n <= paths.length; n++) {
			const v = await stoppedAt([], paths.slice(0, n));
			await importCatalog(v, catalog(), OPTIONS);
			expect(v.files, `stopped after ${n} writes`).toEqual(clean);
		}
	});
});
