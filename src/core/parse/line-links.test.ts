/**
 * The `indexOf` scan for links per line answers what the regular expression
 * it replaced answered, on every line of the seeds, the wild fixtures and a
 * generated list, on edge cases, and on generated link-shaped strings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { httpLinksIn, linksByLine } from './line-links';
import type { Line } from './lines';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
const reference = (text: string): string[] => [...text.matchAll(/https?:\/\/[^\s)\]>"'|<]+/gi)].map((m) => m[0].replace(/[.,;:!?*_~]+$/, ''));

const LINES = [...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), syntheticList(2000, 3)].flatMap((t) => t.split('\n')).filter((l) => l.includes('://'));

const EDGES = [
	'http://', 'https://', 'http://)x', 'HTTPS://A.B/C', 'hTtP://x', 'xhttps://a.b', 'hhttp://a', 'ttps://a', 's://a', '://a', 'https:///a',
	'http://https://a', 'see http://a.b/c. and https://d.e/f, then (https://g.h/i)', 'https://a.b/c...', 'https://a.b/c:', 'http://.',
	'<a href="https://a.b/c">x</a> https://d.e', "'https://a.b'", 'https://a.b|https://c.d', 'https://a.b\thttps://c.d', 'https://a/b_*~!?',
	'[x](https://a.b/c) [y](https://d.e/(f))', 'https://a.b<br>https://c.d', 'ftp://a.b https://c.d', 'https:/a.b', 'http:://a', 'https://ß.de/ü',
];

describe('links per line', () => {
	it('finds what the expression found on every line with a link', () => {
		expect(LINES.length).toBeGreaterThan(1000);
		for (const l of LINES) expect(httpLinksIn(l), l).toEqual(reference(l));
	});

	it('finds what the expression found on edge cases', () => {
		for (const l of EDGES) expect(httpLinksIn(l), l).toEqual(reference(l));
	});

	it('finds what the expression found on generated strings', () => {
		const piece = fc.constantFrom('http', 'HTTPS', 's', '://', ':', '/', 'a', '.', ')', ']', '>', '"', "'", '|', '<', ' ', '\t', '_', '~', '!', '?', ',', 'ü', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u1680', '\u0085', '\v', 'S', 'P', 'H', 'T');
		fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
			const l = parts.join('');
			expect(httpLinksIn(l)).toEqual(reference(l));
		}), { numRuns: 3000, seed: 15 });
	});

	it('leaves out image sources and fenced code', () => {
		const lines = ['![x](https://img.example/a.png) https://a.b/c <img src="https://img.example/b.png">', '```', 'https://in.fence/x', '```', 'https://after.fence/y'];
		expect(linksByLine(lines.map((text, i) => ({ text, line: i + 1 }) satisfies Line))).toEqual([
			{ line: 1, urls: ['https://a.b/c'] },
			{ line: 5, urls: ['https://after.fence/y'] },
		]);
	});
});
