/**
 * `dropTagLists` runs the keyword-list expression only on text with a `[`;
 * it must give what running it on every text gave, on every line of the
 * seeds, the wild fixtures, the corpus (when checked out) and the benchmark
 * list, and on generated text made of the pieces a keyword list is made of.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { dropTagLists, TAG_LIST } from './words';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')) : []);
const LINES = [...new Set([...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), ...filesIn('corpus/lists'), syntheticList(2000, 5)].flatMap((t) => t.split('\n')))];

function agrees(s: string): void {
	expect(dropTagLists(s), s).toBe(s.replace(TAG_LIST, ' '));
}

describe('dropTagLists gives what the expression gives on every text', () => {
	it('on every line of the lists', () => {
		expect(LINES.length).toBeGreaterThan(1000);
		for (const l of LINES) agrees(l);
	});

	it('on generated text', () => {
		const piece = fc.constantFrom('[', ']', ',', ', ', ' ', '**', '`', 'PTQ', 'Quant', 'CNN', 'Title', '(', ')', '\n', 'a');
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 20 }), (a) => {
				agrees(a.join(''));
			}),
			{ numRuns: 4000 },
		);
	});
});
