/**
 * `canonicalFromParts` cuts a path's segments by `indexOf` and joins them
 * once; it must give what it gave before (`__tests__/canonical-reference.ts`)
 * for every link of the seeds, the wild fixtures, the corpus (when checked
 * out) and the benchmark list, however the URL was split, and for generated
 * paths of plain, encoded, empty and dot segments.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { canonicalFromParts } from './canonical';
import { splitHttpUrl, splitWithUrlClass, type UrlParts } from './split';
import { canonicalFromPartsReference } from './__tests__/canonical-reference';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')) : []);
const linksIn = (text: string): string[] => [...text.matchAll(/https?:\/\/[^\s)\]>"'|<]+/gi)].map((m) => m[0]);
const REAL = [...new Set([...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), ...filesIn('corpus/lists'), syntheticList(3000, 7)].flatMap(linksIn))];

function agrees(parts: UrlParts | undefined): void {
	if (parts) expect(canonicalFromParts(parts), JSON.stringify(parts)).toEqual(canonicalFromPartsReference(parts));
}

describe('canonicalFromParts gives what it gave before', () => {
	it('on every link of the lists, split both ways', () => {
		expect(REAL.length).toBeGreaterThan(1000);
		for (const u of REAL) {
			agrees(splitHttpUrl(u));
			agrees(splitWithUrlClass(u));
		}
	});

	it('on generated paths, queries and hosts', () => {
		const seg = fc.constantFrom('', 'a', 'abs', 'pdf', '2205.14135v2', 'hep-th', '9901001', 'watch', 'embed', 'papers', 'x.git', 'Repo', 'index.html', 'INDEX.PHP', 'a%2Fb', '%E2%9C%93', '%zz', 'a b', 'ü', '@w', 'c:d', "it's", '~u', 'status', '17');
		const host = fc.constantFrom('arxiv.org', 'www.arxiv.org', 'github.com', 'github.dev', 'gitlab.com', 'youtube.com', 'm.youtube.com', 'youtu.be', 'x.com', 'twitter.com', 'huggingface.co', 'mobile.example.org', 'www2.example.com', 'old.reddit.com', 'example.com');
		const query = fc.constantFrom('', 'v=zduSFxRajkE', 'v=abcdefghijk&t=42s', 'utm_source=x&b=1', 's=20', 'q=a+b', 'q=%41', 'id=abc');
		const hash = fc.constantFrom('', '#x', '#/docs', '#!/r');
		fc.assert(
			fc.property(host, fc.array(seg, { maxLength: 5 }), fc.boolean(), query, hash, fc.constantFrom('', '8080'), (h, segs, slash, q, f, port) => {
				const pathname = `/${segs.join('/')}${slash ? '/' : ''}`;
				agrees({ protocol: 'https:', hostname: h, port, pathname, query: q, hash: f });
			}),
			{ numRuns: 4000 },
		);
	});
});
