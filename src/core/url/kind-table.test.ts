/**
 * The host → kind table decides what the regular-expression cascade it
 * replaced decided (`__tests__/kind-reference.ts`), on every link in the
 * seeds, the wild fixtures and the benchmark's list, and on every table host
 * with subdomains and the path words the cascade reads.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { canonicalize } from './canonical';
import { HOST_TABLE_ENTRIES, kindFromUrl } from './kind';
import { kindFromUrlByRegex } from './__tests__/kind-reference';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
const REAL = [...new Set([...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), syntheticList(3000, 9)].flatMap((t) => [...t.matchAll(/https?:\/\/[^\s)\]>"'|<]+/gi)].map((m) => m[0])))];
const PATHS = ['', '/', '/a', '/a/b', '/course/x', '/learn', '/docs/api', '/blog/p/x', '/books-list', '/x/paper.pdf', '/publications/1', '/proceedings/2021/3', '/index.html', '/orgs/x', '/spaces/a/b'];
const HOSTS = [
	...HOST_TABLE_ENTRIES.flatMap(([, hosts]) => hosts.flatMap((h) => [h, `www.${h}`, `blog.${h}`, `docs.${h}`, `not${h}`])),
	'huggingface.co', 'proceedings.example.org', 'x.github.io', 'my-course.example.edu', 'books.example.com', 'engineering.example.com', 'myblog.example.com', 'readthedocs.io', 'a.readthedocs.io', 'example.com',
];

describe('the host → kind table', () => {
	it('puts no host under two kinds (a host and its parent domains are looked up most specific first)', () => {
		const owner = new Map<string, string>();
		for (const [kind, hosts] of HOST_TABLE_ENTRIES) for (const h of hosts) owner.set(h, kind);
		for (const [kind, hosts] of HOST_TABLE_ENTRIES) {
			for (const h of hosts) {
				for (let d = h.indexOf('.'); d >= 0; d = h.indexOf('.', d + 1)) {
					const parent = owner.get(h.slice(d + 1));
					if (parent) expect(parent, `${h} is ${kind}, its parent ${h.slice(d + 1)} is ${parent}`).toBe(kind);
				}
			}
		}
	});

	it('decides what the regular-expression cascade decided', () => {
		const urls = [...REAL, ...HOSTS.flatMap((h) => PATHS.map((p) => `https://${h}${p}`))];
		for (const u of urls) {
			const c = canonicalize(u);
			if (c) expect(kindFromUrl(c), u).toBe(kindFromUrlByRegex(c));
		}
	});
});
