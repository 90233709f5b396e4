/**
 * `splitRow` cuts cells by slices; it must give what the character-by-character
 * reader it replaced gave, on every table line of the seeds, the wild fixtures
 * and the benchmark list, and on generated rows of pipes, backslashes and spaces.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { splitRow } from './lines';

/** The reader `splitRow` replaced: one character at a time, `\|` kept as `|` in its cell. */
function splitRowByChar(text: string): string[] {
	let t = text.trim();
	if (t.startsWith('|')) t = t.slice(1);
	if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
	const cells: string[] = [];
	let cur = '';
	for (let i = 0; i < t.length; i++) {
		const c = t[i]!;
		if (c === '\\' && t[i + 1] === '|') {
			cur += '|';
			i++;
		} else if (c === '|') {
			cells.push(cur.trim());
			cur = '';
		} else cur += c;
	}
	cells.push(cur.trim());
	return cells;
}

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
const ROWS = [...new Set([...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), syntheticList(2000, 5)].flatMap((t) => t.split('\n')).filter((l) => l.includes('|')))];

describe('splitRow agrees with the character-by-character reader', () => {
	it('on every table line of the seeds, the wild fixtures and the benchmark list', () => {
		expect(ROWS.length).toBeGreaterThan(500);
		for (const r of ROWS) expect(splitRow(r), r).toEqual(splitRowByChar(r));
	});

	it('on escaped pipes and backslashes', () => {
		for (const r of ['| a \\| b | c |', '| a \\\\| b |', 'a \\|', '\\|', '|\\||', '| a |\\', '| \\\\\\| |', ' | a | | b | ', '|', '||', '', 'no pipes']) {
			expect(splitRow(r), r).toEqual(splitRowByChar(r));
		}
	});

	it('on generated rows', () => {
		const row = fc.array(fc.constantFrom('|', '\\', '\\|', ' ', '\t', 'a', 'bc', '\u00a0', '[x](u)', '-'), { maxLength: 20 }).map((a) => a.join(''));
		fc.assert(fc.property(row, (r) => void expect(splitRow(r), r).toEqual(splitRowByChar(r))), { numRuns: 3000 });
	});
});
