// @vitest-environment jsdom
/**
 * Every field the picker searches follows a change to the note at once,
 * without a rebuild: a fetch that fills authors and year, a kind or alias set
 * by hand, a status, topics, lists, a rename, the About text. One case per
 * field; each asks the picker for the note by that field alone.
 */
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalog, importCatalog, MemoryVault } from '../../core';
import { ResourcePicker } from '../resource-picker';
import { flush, loadPlugin, type Harness } from './harness';

beforeAll(() => setup());
afterAll(() => teardown());

const LIST = [
	'# Reading',
	'',
	'## Attention',
	'',
	'- [Sparse routing for long documents](https://arxiv.org/abs/2401.00001)',
	'- [Other paper](https://arxiv.org/abs/2401.00002)',
	'',
	'## Memory',
	'',
	'- [A third paper](https://arxiv.org/abs/2401.00003)',
	'',
].join('\n');
const NOTE = 'Syllabus/Resources/Sparse routing for long documents.md';

let h: Harness;
let picker: ResourcePicker;

beforeEach(async () => {
	const v = new MemoryVault();
	await importCatalog(v, buildCatalog([{ file: 'reading.md', text: LIST }, { file: 'other.md', text: '# Other list\n\n- [Elsewhere](https://e.io/1)\n' }]), {
		folder: 'Syllabus',
		today: '2026-11-22',
	});
	h = await loadPlugin(Object.fromEntries(v.files));
	for (let i = 0; i < 20 && !h.plugin.library.about.size; i++) await flush();
	picker = new ResourcePicker(h.app.asOriginalType__(), h.plugin.context, 'open');
	// Built before the change, so each case tests the update, not the first build.
	expect(found('author:dao')).toEqual([]);
});

function found(query: string): string[] {
	return picker.getSuggestions(query).map((r) => r.record.title);
}

/** Change the note's text as an edit, a fetch or a sync would, and let the events run. */
async function edit(path: string, change: (text: string) => string): Promise<void> {
	const file = h.app.vault.getFileByPath(path)!;
	await h.app.vault.modify(file, change(await h.app.vault.read(file)));
	for (let i = 0; i < 5; i++) await flush();
}

const addProperty = (line: string) => (t: string): string => t.replace('\nsyllabus-id:', `\n${line}\nsyllabus-id:`);

describe('the picker’s index follows every field it searches', () => {
	it('authors, as a fetch fills them', async () => {
		await edit(NOTE, addProperty('authors:\n  - Tri Dao'));
		expect(found('author:dao')).toEqual(['Sparse routing for long documents']);
	});

	it('year', async () => {
		await edit(NOTE, addProperty('year: 2022'));
		expect(found('year:2022')).toEqual(['Sparse routing for long documents']);
	});

	it('venue, on the detail line the picker shows', async () => {
		await edit(NOTE, addProperty('venue: NeurIPS'));
		expect(picker.getSuggestions('sparse routing')[0]!.record.venue).toBe('NeurIPS');
	});

	it('kind', async () => {
		await edit(NOTE, (t) => t.replace('kind: paper', 'kind: repo'));
		expect(found('kind:repo')).toEqual(['Sparse routing for long documents']);
	});

	it('aliases', async () => {
		await edit(NOTE, addProperty('aliases:\n  - Mixture routing'));
		expect(found('mixture routing')[0]).toBe('Sparse routing for long documents');
	});

	it('status', async () => {
		await edit(NOTE, (t) => t.replace('status: todo', 'status: done'));
		expect(found('status:done')).toEqual(['Sparse routing for long documents']);
	});

	it('topics', async () => {
		await edit(NOTE, (t) => t.replace('"[[Attention]]"', '"[[Memory]]"'));
		expect(found('#memory').sort()).toEqual(['A third paper', 'Sparse routing for long documents']);
	});

	it('lists', async () => {
		await edit(NOTE, (t) => t.replace('lists:\n', 'lists:\n  - "[[Other list]]"\n'));
		expect(found('list:other').sort()).toEqual(['Elsewhere', 'Sparse routing for long documents']);
	});

	it('the About text', async () => {
		await edit(NOTE, (t) => t.replace('> [!quote] About\n', '> [!quote] About\n> Benchmarked on wikipedia biographies.\n'));
		expect(found('wikipedia biographies')).toEqual(['Sparse routing for long documents']);
	});
});
