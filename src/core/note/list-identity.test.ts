/**
 * Two lists are never one: a list is its source (a path, or one clipboard
 * import), so same-named files in different folders and successive clipboard
 * imports each keep their own note; a re-import of the same source updates
 * it; vaults from before keep their list notes. And the preview can say, in
 * words, when an import takes items out of a list that is already there.
 */
import { describe, expect, it } from 'vitest';
import { noteProperties } from '../import/__tests__/props';
import { buildCatalog, type ListSource } from '../index';
import { importCatalog, prepareImport, writeCount } from '../import/apply';
import { describeListChange, legacyListId, listId } from './list-identity';
import { MemoryVault } from '../vault/memory-vault';
import type { ImportOptions } from '../import/plan';

const OPTIONS: ImportOptions = { folder: 'Syllabus', today: '2026-11-22' };
const LONG = '# Long-context reading group\n\n' + Array.from({ length: 9 }, (_, i) => `- [Long context ${i + 1}](https://arxiv.org/abs/2401.0000${i + 1})`).join('\n');
const RAG = '# RAG reading group\n\n- [Retrieval paper](https://arxiv.org/abs/2005.11401)\n- [Dense passages](https://arxiv.org/abs/2004.04906)\n';

const clipboard = (text: string, n: number): ListSource => ({ file: 'Clipboard', key: `clipboard:2026-11-22T10:00:0${n}Z`, text });

function lists(v: MemoryVault): string[] {
	return [...v.files.keys()].filter((p) => p.startsWith('Syllabus/Lists/')).sort();
}

const props = noteProperties;

describe('list identity', () => {
	it('keeps two clipboard imports as two lists, with nothing reported as leaving', async () => {
		const v = new MemoryVault();
		await importCatalog(v, buildCatalog([clipboard(LONG, 1)]), OPTIONS);
		const plan = await prepareImport(v, buildCatalog([clipboard(RAG, 2)]), OPTIONS);
		expect(plan.report.missing).toEqual([]);
		expect(plan.report.listChanges).toEqual([]);
		const report = await importCatalog(v, buildCatalog([clipboard(RAG, 2)]), OPTIONS);
		expect(report.missing).toEqual([]);
		expect(lists(v)).toEqual(['Syllabus/Lists/Long-context reading group.md', 'Syllabus/Lists/RAG reading group.md']);
		expect(v.files.get('Syllabus/Lists/Long-context reading group.md')).toContain('Long context 9');
		expect(v.files.get('Syllabus/Resources/Long context 1.md')).toContain('[[Long-context reading group]]');
	});

	it('keeps two files called README.md in different folders apart, with names that never collide', async () => {
		const v = new MemoryVault();
		const a: ListSource = { file: 'papers/README.md', text: '- [Paper A](https://a.io/1)\n' };
		const b: ListSource = { file: 'courses/README.md', text: '- [Course B](https://b.io/2)\n' };
		await importCatalog(v, buildCatalog([a]), OPTIONS);
		const report = await importCatalog(v, buildCatalog([b]), OPTIONS);
		expect(report.missing).toEqual([]);
		expect(lists(v)).toEqual(['Syllabus/Lists/README (list).md', 'Syllabus/Lists/README.md']);
		expect(props(v, 'Syllabus/Lists/README.md').source).toBe('papers/README.md');
		expect(props(v, 'Syllabus/Lists/README (list).md').source).toBe('courses/README.md');
		// Both lists in one import: still two notes with two names.
		const w = new MemoryVault();
		await importCatalog(w, buildCatalog([a, b]), OPTIONS);
		expect(lists(w)).toHaveLength(2);
	});

	it('updates the same source in place, and a second identical import writes nothing', async () => {
		const v = new MemoryVault();
		const src = { file: 'reading/ml.md', key: '/home/ada/vault/reading/ml.md' };
		await importCatalog(v, buildCatalog([{ ...src, text: LONG }]), OPTIONS);
		const grown = await importCatalog(v, buildCatalog([{ ...src, text: `${LONG}\n- [Long context 10](https://arxiv.org/abs/2401.00010)` }]), OPTIONS);
		expect(grown.created.map((c) => c.path)).toEqual(['Syllabus/Resources/Long context 10.md']);
		expect(lists(v)).toEqual(['Syllabus/Lists/Long-context reading group.md']);
		const again = await importCatalog(v, buildCatalog([{ ...src, text: `${LONG}\n- [Long context 10](https://arxiv.org/abs/2401.00010)` }]), OPTIONS);
		expect(writeCount(again)).toBe(0);
	});

	it('says in words, before writing, that an import replaces or shrinks a list', async () => {
		const v = new MemoryVault();
		await importCatalog(v, buildCatalog([{ file: 'group.md', text: LONG }]), OPTIONS);
		const replaced = (await prepareImport(v, buildCatalog([{ file: 'group.md', text: RAG }]), OPTIONS)).report;
		expect(replaced.listChanges.map(describeListChange)).toEqual(['Replaces the list “Long-context reading group”: 9 items leave it.']);
		const shrunk = (await prepareImport(v, buildCatalog([{ file: 'group.md', text: LONG.split('\n').slice(0, 9).join('\n') }]), OPTIONS)).report;
		expect(shrunk.listChanges.map(describeListChange)).toEqual(['Changes the list “Long-context reading group”: 2 items leave it, 7 stay.']);
		expect(describeListChange({ list: 'L', path: 'L.md', leaving: 1, staying: 1 })).toBe('Changes the list “L”: 1 item leaves it, 1 stays.');
	});

	it('adopts a list note written before lists were known by their source, and only its own', async () => {
		const v = new MemoryVault();
		await importCatalog(v, buildCatalog([{ file: 'papers/README.md', text: '- [Paper A](https://a.io/1)\n' }]), OPTIONS);
		// Turn the note into what an earlier version wrote: the id made from the base name.
		const path = 'Syllabus/Lists/README.md';
		v.files.set(path, v.files.get(path)!.replace(listId({ file: 'papers/README.md' }), legacyListId('papers/README.md')));
		const same = await importCatalog(v, buildCatalog([{ file: 'papers/README.md', text: '- [Paper A](https://a.io/1)\n' }]), OPTIONS);
		expect(same.created).toEqual([]);
		expect(same.updated).toEqual([{ path, type: 'list', fields: ['syllabus-id'] }]);
		expect(props(v, path)['syllabus-id']).toBe(listId({ file: 'papers/README.md' }));
		// Another README with the same old id is not that list.
		v.files.set(path, v.files.get(path)!.replace(listId({ file: 'papers/README.md' }), legacyListId('papers/README.md')));
		const other = await importCatalog(v, buildCatalog([{ file: 'courses/README.md', text: '- [Course B](https://b.io/2)\n' }]), OPTIONS);
		expect(other.created.map((c) => c.path)).toContain('Syllabus/Lists/README (list).md');
		expect(other.missing).toEqual([]);
	});

	it('takes a name the reader gave the list', async () => {
		const v = new MemoryVault();
		await importCatalog(v, buildCatalog([{ ...clipboard('- [Paper A](https://a.io/1)\n', 3), title: 'Friday group' }]), OPTIONS);
		expect(lists(v)).toEqual(['Syllabus/Lists/Friday group.md']);
	});
});
