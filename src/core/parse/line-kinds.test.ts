/**
 * The line recognisers check a line's first character before running their
 * expression; they must answer what the expressions alone answered, on every
 * line of the seeds, the wild fixtures, the corpus (when checked out) and the
 * benchmark list, and on generated lines.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { indentOf, isBlank, isRule, matchFence, matchListItem } from './lines';

/** The recognisers as they were: the expressions alone. */
const reference = {
	isBlank: (text: string): boolean => /^\s*$/.test(text),
	isRule: (text: string): boolean => /^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:=[ \t]*){3,})$/.test(text),
	matchListItem: (text: string) => {
		const m = /^([ \t]*)([-*+\u2022]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(text);
		return m ? { indent: indentOf(m[1]!), marker: m[2]!, content: text.slice(m[0].length).trim() } : undefined;
	},
	matchFence: (text: string) => {
		const m = /^([ \t]*)(`{3,}|~{3,})/.exec(text);
		if (!m) return undefined;
		if (m[2]![0] === '`' && text.slice(m[0].length).includes('`')) return undefined;
		return { char: m[2]![0]!, size: m[2]!.length, indent: indentOf(m[1]!) };
	},
};

function agrees(line: string): void {
	expect(isBlank(line), line).toBe(reference.isBlank(line));
	expect(isRule(line), line).toBe(reference.isRule(line));
	expect(matchListItem(line), line).toEqual(reference.matchListItem(line));
	expect(matchFence(line), line).toEqual(reference.matchFence(line));
}

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')) : []);
const LINES = [...new Set([...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), ...filesIn('corpus/lists'), syntheticList(2000, 5)].flatMap((t) => t.split('\n')))];

describe('line recognisers with a first-character check', () => {
	it('answer what their expressions answered on every line of the lists', () => {
		// Without the git-ignored corpus (a fresh clone, CI) the seeds, wild fixtures and
		// generated list still give over 3,000 distinct lines.
		expect(LINES.length).toBeGreaterThan(3000);
		for (const l of LINES) agrees(l);
	});

	it('answer what their expressions answered on generated lines', () => {
		const piece = fc.constantFrom(' ', '\t', '  ', '\u00a0', '\u2003', '\ufeff', '\v', '\r', '-', '*', '+', '_', '=', '\u2022', '`', '~', '```', '~~~', '1', '12.', '3)', '1234567890.', '.', ')', 'a', 'x y', '#', '>', '|', '');
		fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (parts) => agrees(parts.join(''))), { numRuns: 5000 });
	});
});
