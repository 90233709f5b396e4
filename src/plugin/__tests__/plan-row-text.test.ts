/**
 * What a study-plan row says on hover and to a screen reader, on a plan
 * built from two small lists the way the import writes them: a topic row's
 * own count and its topic note across lists, a topic one list only names,
 * an item filed in two places.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, buildStudyPlan, importCatalog, libraryFromFiles, MemoryVault, placesOf, type PlanNode } from '../../core';
import { countWords, descriptionOf, namedOnly, reachText, tooltipOf } from '../plan-row-text';

async function plan() {
	const v = new MemoryVault();
	// One files First under A › B and Third under A; Two files Second under B › A and Third under B,
	// and names A again, bare, under C.
	const one = '# One\n\n## A\n- [Third](https://a.io/3)\n### B\n- [x] [First](https://a.io/1)\n';
	const two = '# Two\n\n## B\n- [Third](https://a.io/3)\n### A\n- [Second](https://a.io/2)\n## C\n- A\n';
	const sources = [{ file: 'one.md', text: one }, { file: 'two.md', text: two }];
	await importCatalog(v, buildCatalog(sources), { folder: 'Syllabus', today: '2026-01-15' });
	const lib = libraryFromFiles(v.files);
	return { plan: buildStudyPlan(lib.items, lib.blocks, lib.resolver), places: placesOf(lib.items, lib.blocks, lib.resolver) };
}

const find = (nodes: PlanNode[], trail: string[]): PlanNode => {
	const [head, ...rest] = trail;
	const n = nodes.find((x) => x.title === head)!;
	return rest.length ? find(n.children, rest) : n;
};

describe('row text', () => {
	it('gives a topic row its own count and its topic note across lists', async () => {
		const { plan: p, places } = await plan();
		const a = find(p.lists, ['One', 'A']);
		expect(tooltipOf(a, false, places).split('\n')).toEqual(['A', 'This list: 1 of 2 done', 'Topic note: 0 of 2 done, in 2 lists']);
		expect(descriptionOf(a, false, places)).toBe('This list: 1 of 2 done. Topic note: 0 of 2 done, in 2 lists');
		expect(namedOnly(a)).toBeUndefined();
		expect(countWords(a, true)).toBe(`${a.shown} of 2 shown, 1 done`);
		const list = find(p.lists, ['Two']);
		expect(tooltipOf(list, false, places).split('\n')).toEqual(['Two', '0 of 2 done']);
	});

	it('says where the items of a topic its list only names are, instead of an empty count', async () => {
		const { plan: p, places } = await plan();
		const bare = find(p.lists, ['Two', 'C', 'A']);
		expect(`${bare.done}/${bare.total}`).toBe('0/0');
		expect(reachText(namedOnly(bare)!)).toBe('in 2 lists');
		expect(tooltipOf(bare, false, places).split('\n')).toEqual(['A', 'This list: nothing filed here', 'Topic note: 0 of 2 done, in 2 lists']);
		// C holds nothing and its note nothing: an empty count it is.
		const c = find(p.lists, ['Two', 'C']);
		expect(namedOnly(c)).toBeUndefined();
		expect(tooltipOf(c, false, places).split('\n')).toEqual(['C', 'This list: 0 of 0 done', 'Topic note: 0 of 0 done, in 1 list']);
	});

	it('gives an item one line per place it has in a list', async () => {
		const { plan: p, places } = await plan();
		const third = find(p.lists, ['One', 'A', 'Third']);
		expect(tooltipOf(third, false, places).split('\n')).toEqual(['Third', 'One › A', 'Two › B']);
		expect(descriptionOf(third, false, places)).toBe('In One › A; Two › B');
	});
});
