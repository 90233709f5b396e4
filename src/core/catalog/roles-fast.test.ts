/**
 * `furnitureOf` looks each host up once in a memo of its site kind and works
 * the label's words out once; it must give what it gave before
 * (`__tests__/roles-reference.ts`) for every link of the seeds, the wild
 * fixtures, the corpus (when checked out) and the benchmark list, with its
 * own words, with no words and with words that name furniture, for a list
 * with and without repositories of its own and banners, and for generated
 * hosts, paths and labels.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { canonicalize, type CanonicalUrl } from '../url/canonical';
import { furnitureOf, githubRepo, type ListLinks } from './roles';
import { furnitureOfReference } from './__tests__/roles-reference';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')) : []);
const TEXTS = [...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), ...filesIn('corpus/lists'), syntheticList(3000, 7)];
// Each markdown link with its words, and each bare address with none.
const LINKS: [string, string][] = TEXTS.flatMap((t) => [
	...[...t.matchAll(/\[([^\]]{0,80})\]\((https?:\/\/[^\s)]+)\)/gi)].map((m): [string, string] => [m[2]!, m[1]!]),
	...[...t.matchAll(/https?:\/\/[^\s)\]>"'|<]+/gi)].map((m): [string, string] => [m[0], '']),
]);
const WORDS = ['', 'Paper', 'code', 'github', 'Sponsor', 'Subscribe to our newsletter', 'Contributing', 'LICENSE', 'Editor', '@ada', 'Ada Okafor', 'Sparse Mixtures of Experts', 'https://x.y'];

function agrees(c: CanonicalUrl, label: string, lists: ListLinks[]): void {
	for (const list of lists) expect(furnitureOf(c, label, list), `${c.url} ${label}`).toBe(furnitureOfReference(c, label, list));
}

/** A list with no repository of its own and no banner, and one that is every repository and banner it is asked about. */
function listsFor(c: CanonicalUrl): ListLinks[] {
	const repo = githubRepo(c);
	return [
		{ ownRepos: new Set(), banner: () => false },
		{ ownRepos: new Set(repo ? [repo, 'other/repo'] : ['other/repo']), banner: (key) => key === c.key },
	];
}

describe('furnitureOf gives what it gave before', () => {
	it('on every link of the lists, with its words and others', () => {
		expect(LINKS.length).toBeGreaterThan(1000);
		const seen = new Set<string>();
		for (const [url, label] of LINKS) {
			const c = canonicalize(url);
			if (!c) continue;
			const lists = listsFor(c);
			agrees(c, label, lists);
			if (seen.has(c.host)) continue;
			seen.add(c.host);
			for (const w of WORDS) agrees(c, w, lists);
		}
	});

	it('on generated hosts, paths and labels', () => {
		const host = fc.constantFrom('github.com', 'gitlab.com', 'huggingface.co', 'x.com', 'www.linkedin.com', 'linkedin.com', 'img.shields.io', 'shields.io', 'gnu.org', 'www.gnu.org', 'opencollective.com', 'discord.gg', 'sub.mailchi.mp', 'scholar.google.com', 'zhihu.com', 'reddit.com', 'medium.com', 'youtube.com', 'arxiv.org', 'example.org');
		const seg = fc.constantFrom('ada', 'awesome', 'sponsors', 'licenses', 'join', 'subscribe', 'stargazers', 'issues', 'pull', '12', 'blob', 'tree', 'main', 'LICENSE', 'CONTRIBUTING.md', 'logo.png', 'citations', 'people', 'u', '@ada', 'abs', '2100.00001');
		fc.assert(
			fc.property(host, fc.array(seg, { maxLength: 5 }), fc.constantFrom(...WORDS), (h, segs, label) => {
				const c = canonicalize(`https://${h}/${segs.join('/')}`);
				if (c) agrees(c, label, listsFor(c));
			}),
			{ numRuns: 4000 },
		);
	});
});
