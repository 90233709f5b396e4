/**
 * Where an item sits, in the picker: over the seeds, the course whose
 * sections repeat sub-headings and a reading group in our own words
 * (`__tests__/long-inputs.md`), imported as the plugin would, each place
 * shown is one its list has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { importCatalog } from '../import/apply';
import { libraryFromFiles } from '../library/from-files';
import { placeText, type Place } from '../library/places';
import { MemoryVault } from '../vault/memory-vault';
import { aboutTerms } from './about';
import { SearchIndex } from './index';
import { libraryIndex } from './library-records';
import { placeLines } from './where';

const SEEDS = join(__dirname, '../../../seeds');
const FIXTURES = [join(__dirname, '../library/__tests__/repeated-subheadings.md'), join(__dirname, '__tests__/long-inputs.md')];

async function seededLibrary() {
	const sources = [
		...readdirSync(SEEDS).sort().map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(SEEDS, f), 'utf8') })),
		...FIXTURES.map((f) => ({ file: f.slice(f.lastIndexOf('/') + 1), text: readFileSync(f, 'utf8') })),
	];
	const catalog = buildCatalog(sources);
	const vault = new MemoryVault();
	await importCatalog(vault, catalog, { folder: 'Syllabus', today: '2026-01-15' });
	const lib = libraryFromFiles(vault.files);
	// What the plugin reads from each note's About callout once the plan is on screen.
	const about = new Map([...vault.files].map(([path, text]) => [path, aboutTerms(text)] as const).filter(([, t]) => t.length));
	return { catalog, lib, index: libraryIndex({ ...lib, about }) };
}

const { catalog, lib, index } = await seededLibrary();

/** The titles of the rows above each line of a list's block that links `path`, read from the block alone. */
function trailsInBlock(list: string, path: string): string[][] {
	const lines = lib.blocks.get(list) ?? [];
	const titleOf = (i: number): string => {
		const target = lines[i]!.target;
		const item = target ? lib.items.get(lib.resolver.resolve(target) ?? '') : undefined;
		return item?.title ?? lines[i]!.text;
	};
	const out: string[][] = [];
	lines.forEach((line, i) => {
		if (!line.target || lib.resolver.resolve(line.target) !== path) return;
		const trail: string[] = [];
		for (let j = i - 1, depth = line.depth; j >= 0 && depth > 0; j--) {
			if (lines[j]!.depth < depth) {
				trail.unshift(titleOf(j));
				depth = lines[j]!.depth;
			}
		}
		out.push(trail);
	});
	return out;
}

describe('where an item sits', () => {
	it('shows only places its lists have: each trail is the rows above the item in that list', () => {
		let checked = 0;
		for (const path of lib.items.keys()) {
			const record = index.get(path);
			if (!record) continue;
			for (const place of record.places) {
				expect(lib.items.get(place.list)?.title, path).toBe(place.listTitle);
				expect(trailsInBlock(place.list, path), `${path} in ${place.list}`).toContainEqual(place.trail);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(300);
	});

	it('shows an item in two lists on two lines, and an item a list files twice on two lines', () => {
		const byTitle = (title: string) => [...lib.items.values()].find((i) => i.title === title)!;
		const paper = index.get(byTitle('arxiv.org/abs/2205.14135').path)!;
		expect(placeLines(paper.places)).toEqual({
			lines: ['Applied deep learning, a self-paced course › Module 4: Efficient attention', 'List 000 › Attention › Flash Attention'],
		});
		const backprop = index.get(byTitle('Backpropagation explained').path)!;
		expect(placeLines(backprop.places).lines).toEqual([
			'Applied deep learning, a self-paced course › Module 1: Foundations',
			'Applied deep learning, a self-paced course › Module 4: Efficient attention',
		]);
	});

	it('derives the same places from a catalog’s list entries as from the list notes', () => {
		const fromCatalog = SearchIndex.fromCatalog(catalog);
		const inVault = new Map([...lib.items.keys()].map((p) => index.get(p)).filter((r) => r?.url).map((r) => [r!.url!, r!.places.map(placeText).sort()]));
		for (const r of catalog.resources) expect(fromCatalog.get(r.id)!.places.map(placeText).sort(), r.title).toEqual(inVault.get(r.url));
	});

	it('shows a few places, then how many more lists', () => {
		const at = (list: string, ...trail: string[]): Place => ({ list: `${list}.md`, listTitle: list, trail });
		expect(placeLines([at('A', 'x'), at('B'), at('C', 'y'), at('D'), at('E')])).toEqual({ lines: ['A › x', 'B', 'C › y'], more: 'and 2 more lists' });
		// Each list's first place comes first; a second place in a list shown is counted as a place.
		expect(placeLines([at('A', 'x'), at('A', 'y'), at('B'), at('C'), at('D')])).toEqual({ lines: ['A › x', 'B', 'C'], more: 'and 2 more places in 1 more list' });
		expect(placeLines([at('A', 'w'), at('A', 'x'), at('A', 'y'), at('A', 'z')])).toEqual({ lines: ['A › w', 'A › x', 'A › y'], more: 'and 1 more place' });
	});
});
