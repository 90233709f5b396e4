/**
 * Where an item sits, in the picker: over the seeds, the course whose
 * sections repeat sub-headings and a reading group in our own words
 * (`__tests__/long-inputs.md`), imported as the plugin would, each place
 * shown is one its list has, and the words of a topic find what is filed
 * under it, with the reason shown.
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
import { SearchIndex, type SearchResult } from './index';
import { libraryIndex } from './library-records';
import { reasonText } from './reason';
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
const titles = (results: SearchResult[]): string[] => results.map((r) => r.record.title);
const shown = (r: SearchResult | undefined): string | undefined => (r?.reason ? reasonText(r.reason) : undefined);

describe('finding an item by where it sits', () => {
	it('puts a paper named only by its arXiv id first for the words of its topic, above one whose About text mentions them', () => {
		const results = index.search('attention sinks');
		// No title says "attention sinks"; dozens say "attention".
		expect(titles(results).filter((t) => /attention sinks/i.test(t))).toEqual([]);
		expect(results.filter((r) => /attention/i.test(r.record.title)).length).toBeGreaterThan(10);
		expect(results[0]!.record.title).toBe('arXiv:2309.17453');
		expect(shown(results[0])).toBe('under Week 1: Attention sinks');
		// The other reading filed there ties with it, and comes next in study order.
		expect(results[1]!.record.title).toBe('Why the first token draws so much weight');
		expect(shown(results[1])).toBe('under Week 1: Attention sinks');
		const mention = titles(results).indexOf('A field guide to long-context evaluation');
		expect(mention).toBeGreaterThan(1);
		expect(shown(results[mention])).toBe('mentions attention sinks');
	});

	it('ranks an item that matches on its title and its topic above one that matches on its title alone', () => {
		const results = titles(index.search('flash attention'));
		const both = results.indexOf('Flash Attention (repo)');
		expect(both).toBe(0);
		expect(results.indexOf('Flash Attention Blog')).toBeGreaterThan(both);
		expect(results.indexOf('Flash Attention 3')).toBeGreaterThan(both);
		// The course's arXiv-named copy of the paper is found by its topic, and says so.
		const paper = index.search('flash attention').find((r) => r.record.title === 'arxiv.org/abs/2205.14135');
		expect(shown(paper)).toBe('under Flash Attention');
	});

	it('finds an item by the words of the list line that named it otherwise', () => {
		const [first] = index.search('all you need');
		expect(first?.record.title).toBe('Self Attention / Cross attention');
		expect(shown(first)).toBe('listed as Attention is all you need');
	});

	it('gives no reason when the title holds every word', () => {
		expect(index.search('ring attention')[0]).toMatchObject({ record: { title: 'Ring Attention' } });
		expect(index.search('ring attention')[0]!.reason).toBeUndefined();
	});
});

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
		expect(fromCatalog.search('attention sinks')[0]).toMatchObject({ record: { title: 'arXiv:2309.17453' }, reason: { kind: 'topic' } });
	});

	it('shows a few places, then how many more lists', () => {
		const at = (list: string, ...trail: string[]): Place => ({ list: `${list}.md`, listTitle: list, trail });
		expect(placeLines([at('A', 'x'), at('B'), at('C', 'y'), at('D'), at('E')])).toEqual({ lines: ['A › x', 'B', 'C › y'], more: 'and 2 more lists' });
		// Each list's first place comes first; a second place in a list shown is counted as a place.
		expect(placeLines([at('A', 'x'), at('A', 'y'), at('B'), at('C'), at('D')])).toEqual({ lines: ['A › x', 'B', 'C'], more: 'and 2 more places in 1 more list' });
		expect(placeLines([at('A', 'w'), at('A', 'x'), at('A', 'y'), at('A', 'z')])).toEqual({ lines: ['A › w', 'A › x', 'A › y'], more: 'and 1 more place' });
	});
});
