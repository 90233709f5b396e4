/**
 * The string-operation URL splitter must agree with the `URL` class on every
 * URL it accepts, and hand everything else to it. Differential: over every
 * link in the seeds, the wild fixtures and the benchmark's lists, over
 * hand-picked edge cases, and over generated URL-shaped strings, the fast
 * path gives the parts (and so the canonical form) the `URL` class gives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { canonicalFromParts, canonicalize } from './canonical';
import { splitPlain, splitWithUrlClass } from './split';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
const linksIn = (text: string): string[] => [...text.matchAll(/https?:\/\/[^\s)\]>"'|<]+/gi)].map((m) => m[0]);

const REAL = [...new Set([...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), syntheticList(3000, 7)].flatMap(linksIn))];

const EDGES = [
	'https://arxiv.org/abs/2205.14135', 'http://ARXIV.org/PDF/2205.14135v2.pdf', 'https://www.arxiv.org/abs/2205.14135#section', 'https://arxiv.org/abs/hep-th/9901001v2',
	'https://github.com/Dao-AILab/flash-attention.git', 'https://github.dev/unslothai/unsloth', 'https://GitHub.com/a/b/', 'https://gist.github.com/karpathy/abc',
	'https://www.youtube.com/watch?v=zduSFxRajkE&t=5954s', 'https://youtu.be/zduSFxRajkE?si=abc', 'https://m.youtube.com/watch?v=zduSFxRajkE&ab_channel=X', 'https://youtube.com/shorts/zduSFxRajkE',
	'https://www.youtube.com/playlist?list=PLzn6LN6WhlN06hIOA_ge6SrgdeSiuf9Tb', 'https://youtube.com/watch?v=a+b', 'https://youtube.com/watch?v=%41bcdefgh',
	'https://twitter.com/deepseek_ai/status/1895279409185390655?s=20', 'https://mobile.twitter.com/x/highlights', 'https://x.com/a/status/1?t=abc&s=1',
	'https://huggingface.co/papers/2205.14135', 'https://huggingface.co/datasets/a/b', 'https://doi.org/10.1145/3442188.3445922', 'https://openreview.net/forum?id=abc1XYZ',
	'https://medium.com/@writer/title-1a2b3c4d5e6f', 'https://towardsdatascience.com/a-b-c-123?source=rss----7f60cf5620c9---4', 'https://example.com/a?utm_source=x&b=1&&c&d=',
	'https://example.com/a%20b/c%2Fd', 'https://example.com/%E2%9C%93', 'https://example.com/%zz', 'https://example.com/a?q=%zz&r=%E2%9C%93', 'https://example.com/a?q=a+b&r=c%20d',
	'https://example.com/#/docs/intro', 'https://example.com/app#!/route', 'https://example.com/#', 'https://example.com/?', 'https://example.com?x=1', 'https://example.com#frag',
	'https://example.com/a#b#c', 'https://example.com/a?b#c?d', 'https://example.com/a/./b', 'https://example.com/a/../b', 'https://example.com/a/%2e%2E/b', 'https://example.com/.well-known/x',
	'https://example.com:443/a', 'http://example.com:80/a', 'https://example.com:8080/a', 'https://user:pw@example.com/a', 'https://example.com\\a\\b', 'https://example.com/a b',
	'https://exa mple.com/a', 'https://127.0.0.1/x', 'https://1.2.3/x', 'https://0x7f.1/x', 'https://localhost/x', 'https://nodot/x', 'https://example.com./x', 'https://xn--bcher-kva.example/x',
	'https://xn--zz.example/x', 'https://ex_ample.com/x', 'https://-bad.com/x', 'https://bad-.com/x', 'https://a.b-c.d3.com/x', 'https://bücher.de/x', 'https://example.com/ü',
	'https://example.com/a[1]', 'https://example.com/a?x[]=1', 'https://example.com/a#x[1]', 'https://example.com/a^b', 'https://example.com/a{b}', 'https://example.com/a|b', 'https://example.com/a`b',
	"https://example.com/it's", "https://example.com/a?b='c'", 'https://example.com/a"b', 'https://example.com/\ta', 'https://example.com/a\n', ' https://example.com/a', 'HTTPS://Example.COM/A',
	'https://www2.example.com/a', 'https://www.m.example.com/a', 'https://m.example.com/a', 'https://old.reddit.com/r/x', 'https://example.com/index.html', 'https://example.com/a/INDEX.PHP',
	'https://example.com/a;b=c/d,e', 'https://example.com/a!b$c&d*e+f', 'https://example.com/a@b:c', 'https://example.com/~user/', 'https://example.com//a//b/', 'https://example.com/a?=b&c=', 'https://example.com/a??b=1', 'https://example.com/a??b=%41',
	'https://' + 'a.'.repeat(100) + 'com/x', 'https://example.com/' + 'x'.repeat(9000), 'https://a.io/x', 'http://b.org', 'https://arxiv.org/abs/', 'https://youtu.be/', 'https://example.com/%',
];

function agrees(u: string): void {
	const fast = splitPlain(u);
	const slow = splitWithUrlClass(u);
	if (fast) expect(fast, u).toEqual(slow);
	const viaClass = slow && canonicalFromParts(slow);
	expect(canonicalize(u), u).toEqual(viaClass);
}

describe('splitPlain agrees with the URL class', () => {
	it('on every link in the seeds, the wild fixtures and the benchmark list', () => {
		expect(REAL.length).toBeGreaterThan(500);
		for (const u of REAL) agrees(u);
	});

	it('on edge cases: case, ports, user info, IPs, dot segments, encodings, odd characters', () => {
		for (const u of EDGES) agrees(u);
	});

	it('on generated URL-shaped strings', () => {
		const part = fc.oneof(
			fc.constantFrom('/', '.', '..', '%2e', '%', '%41', '%E2%9C%93', '?', '#', '&', '=', '+', '@', ':', '[', ']', "'", ' ', '\\', '\t', 'ü', 'A', 'v', 'utm_x', 'index.html', 'www.', 'xn--'),
			fc.string({ maxLength: 6 }),
		);
		const rest = fc.array(part, { maxLength: 12 }).map((a) => a.join(''));
		const host = fc.constantFrom('arxiv.org', 'www.github.com', 'YouTube.com', 'youtu.be', 'x.com', 'm.example.co.uk', 'a-b.io', 'localhost', '1.2.3.4', 'ex_a.com', 'a.com:8080', 'u@h.org');
		fc.assert(
			fc.property(fc.constantFrom('https://', 'http://', 'HTTP://'), host, rest, (scheme, h, r) => agrees(scheme + h + r)),
			{ numRuns: 3000 },
		);
	});

	it('takes the fast path for the common hosts', () => {
		for (const u of ['https://arxiv.org/abs/2205.14135v2', 'https://github.com/a/b', 'https://www.youtube.com/watch?v=zduSFxRajkE&t=5s', 'https://youtu.be/zduSFxRajkE', 'https://x.com/a/status/1?s=20', 'https://huggingface.co/papers/2205.14135', 'https://doi.org/10.1145/3442188.3445922', 'https://openreview.net/forum?id=abc', 'https://medium.com/@w/t-1a2b']) {
			expect(splitPlain(u), u).toBeDefined();
		}
	});
});
