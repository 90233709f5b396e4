/**
 * The string-operation reader of bare `http(s)://` links must end every link
 * where linkify-it ends it, or say it cannot tell. Differential: over every
 * line of the seeds, the wild fixtures and the benchmark's list, over edge
 * cases, and over generated URL-ish text with trailing punctuation, brackets
 * and quotes, its spans equal linkify-it's whenever it gives any.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { httpLinkSpans } from './bare-urls';
import { linkifyHttpSpans } from './inline';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
const LINES = [...new Set([...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), syntheticList(3000, 7)].flatMap((t) => t.split('\n')))].filter((l) => l.includes('://'));

const EDGES = [
	'see https://arxiv.org/abs/2205.14135.', 'https://a.com/x), then', '(https://a.com/x_(y))', '[https://a.com/x]', 'https://a.com/x]]', '{https://a.com/{a{b{c{d}}}}}', 'https://a.com/[a[b[c[d[e]]]]]',
	'<https://a.com/x>', '"https://a.com/x"', "'https://a.com/x'", "https://a.com/it's", "https://a.com/'q'", "https://a.com/a''b", 'https://a.com/"q"x', 'https://a.com/""',
	'https://a.com/x!', 'https://a.com/x!!y', 'https://a.com/x' + '!'.repeat(25) + 'y', 'https://a.com/x?', 'https://a.com/x??y', 'https://a.com/x?y', 'https://a.com/x,', 'https://a.com/x,y', 'https://a.com/x;y;',
	'https://a.com/x.', 'https://a.com/x..', 'https://a.com/x...y', 'https://a.com/x.y', 'https://a.com.', 'https://a.com..', 'https://a.com. next', 'https://a.com.<b', 'https://a.com.$', 'https://a.com.ü',
	'https://a.com/', 'https://a.com?', 'https://a.com#', 'https://a.com/#', 'https://a.com/?', 'https://a.com:80/x', 'https://a.com:x', 'https://a.com_x', 'https://a_b.com/x', 'https://a.com$x', 'https://a.com|x',
	'https://a.com/x|y', 'https://a.com/x<y', 'https://a.com/x>y', 'https://a.com/x`y`', 'https://a.com/x^y', 'https://a.com/x~y*z', 'https://a.com/x\\y', 'https://a.com/x\ty', 'https://a.com/x\u00a0y', 'https://a.com/ü',
	'https://user@host.com/a', 'https://user:pw@host.com/a', 'https://[::1]/x', 'https://127.0.0.1:8080/x', 'https://localhost/x', 'https://xn--bcher-kva.example/x', 'https://bücher.de/x', 'https://-a.com', 'https://a-.com',
	'https://.a.com', 'https:// a.com', 'https://', 'https:', 'http://a', 'HTTPS://A.COM/X', 'hTtP://a.com', 'xhttps://a.com', '1http://a.com', '_https://a.com', '$https://a.com', '-https://a.com', '(https://a.com)',
	'https:https://a.com', 'http:(https://a.com)', '//https://a.com', '/https://a.com', 'a//b https://a.com', '// note https://a.com', 'see //a.com', 'mailto:a@b.com https://a.com', 'ftp://a.com https://b.com',
	'git://a.com https://b.com', 'https://a.com/,https://b.com', 'https://a.com https://b.com', 'https://a.com/https://b.com', 'https://a.com/x (https://b.com/y)', 'https://a.com/x]https://b.com', 'https://' + 'a.'.repeat(12) + 'com',
	'https://' + 'a'.repeat(64) + '.com', 'https://a.com/' + 'x'.repeat(5000), 'https://a.com/(' + 'x'.repeat(1200) + ')', 'https://a.com/x\nhttps://b.com', 'https://a.com/x—y', 'https://a.com/x —y', 'https://a.com/x…',
	'https://a.com/x“y”', 'https://a.com/x)', 'https://a.com/x)).', 'https://a.com/x*', 'https://a.com/x**', '**https://a.com/x**', '_https://a.com/x_', '~~https://a.com/x~~', 'https://a.com/x:', 'https://a.com/x:y',
	'https://a.com/x-', 'https://a.com/x--', 'https://a.com/x%', 'https://a.com/@x', 'https://a.com/x&y=z', 'https://a.com/x#y#z', 'https://a.com/x\'-y', "https://a.com/x'$", "https://a.com/x'.", 'https://a.com/x"', 'http://a.com.https://localhost.x', 'https://a.com!!$??{c}HTTPS://x.co.ukabs-http://a.com}',
];

/** The fast reader agrees with linkify-it, and says whether it decided. */
function agrees(text: string): boolean {
	const fast = httpLinkSpans(text);
	if (fast) expect(fast, JSON.stringify(text)).toEqual(linkifyHttpSpans(text));
	return fast !== undefined;
}

describe('bare http(s) links read by string operations agree with linkify-it', () => {
	it('on every line with a link in the seeds, the wild fixtures and the benchmark list, deciding nearly all of them', () => {
		expect(LINES.length).toBeGreaterThan(1000);
		const decided = LINES.filter(agrees).length;
		expect(decided / LINES.length).toBeGreaterThan(0.95);
	});

	it('on edge cases: trailing punctuation, brackets, quotes, hosts, schemes, other links', () => {
		for (const t of EDGES) agrees(t);
	});

	it('decides the common cases itself', () => {
		for (const t of ['see https://arxiv.org/abs/2205.14135.', 'https://a.com/x), then', "https://a.com/it's", 'https://github.com/a/b (code)', 'https://www.youtube.com/watch?v=a&t=5s']) {
			expect(httpLinkSpans(t), t).toBeDefined();
		}
	});

	it('on generated URL-ish text with trailing punctuation and balanced brackets', () => {
		const scheme = fc.constantFrom('https://', 'http://', 'HTTP://', '//', 'ftp://', 'mailto:', 'https:', 'xhttps://');
		const host = fc.constantFrom('a.com', 'arxiv.org', 'x.co.uk', 'a-b.io', 'localhost', '1.2.3.4', 'xn--d1a.ru', 'a_b.com', 'a.com:8080', 'u@h.org', 'a.com.', 'ü.de', '[::1]', '-a.com', '');
		const mark = fc.constantFrom(':', '/', '.', '..', ',', ';', '!', '!!', '?', '??', ')', ']', '}', '>', '<', "'", '"', '(', '[', '{', ' ', '\t', '\n', '#', '%20', '&q=1', '=', '_', '~', '*', '-', '$', '|', '`', '^', '\\', '@');
		const word = fc.constantFrom('abs', 'x', 'Z9', '(a)', '[b]', '{c}', '((d))', '"q"', "'q'", "it's", 'a.b', 'v=1');
		const unicode = fc.constantFrom('ü', '—', '…', '\u00a0', '“', '”', '⭐');
		const path = (extra: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.array(fc.oneof(mark, word, extra), { maxLength: 8 }).map((a) => a.join(''));
		// Most links plain (the fast reader decides them), some with anything at all (it must hand those on or agree).
		const plain = fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://'), fc.constantFrom('a.com', 'arxiv.org', 'x.co.uk', 'a-b.io', 'localhost', 'www.a9.org'), path(mark)).map(([a, b, c]) => a + b + c);
		const any = fc.tuple(scheme, host, path(fc.oneof(unicode, fc.string({ maxLength: 3 })))).map(([a, b, c]) => a + b + c);
		const text = fc.array(fc.oneof({ arbitrary: plain, weight: 4 }, any, mark, word, unicode, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((a) => a.join(''));
		fc.assert(fc.property(text, (t) => void agrees(t)), { numRuns: 5000 });
	});

	it('reads a huge line in linear time without throwing', () => {
		const line = 'https://a.com/' + '(x'.repeat(50_000) + ' ' + 'https://a.com/x '.repeat(20_000);
		expect(() => httpLinkSpans(line)).not.toThrow();
	});
});
