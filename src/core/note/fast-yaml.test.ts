/**
 * The fast front-matter paths must agree with the `yaml` package exactly,
 * wherever they answer at all: same text out, same values in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { importCatalog } from '../import/apply';
import { splitNote, YAML_OPTIONS } from './frontmatter';
import { fastParse, fastStringify } from './fast-yaml';
import { MemoryVault } from '../vault/memory-vault';

const SEEDS = join(__dirname, '../../../seeds');

describe('fast front matter on every note the seeds produce', () => {
	it('writes and reads exactly what yaml does', async () => {
		const v = new MemoryVault();
		const c = buildCatalog(readdirSync(SEEDS).map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(SEEDS, f), 'utf8') })));
		await importCatalog(v, c, { folder: 'Syllabus', today: '2026-11-22' });
		let fastWrites = 0;
		let fastReads = 0;
		let notes = 0;
		for (const [path, text] of v.files) {
			const fm = splitNote(text).frontMatter;
			if (fm === undefined) continue;
			notes++;
			const props = parse(fm) as Record<string, unknown>;
			const read = fastParse(fm);
			if (read) {
				fastReads++;
				expect(read, path).toEqual(props);
			}
			const written = fastStringify(props);
			if (written !== undefined) {
				fastWrites++;
				expect(written, path).toBe(stringify(props, YAML_OPTIONS));
			}
		}
		expect(notes).toBeGreaterThan(400);
		expect(fastReads).toBe(notes);
		expect(fastWrites / notes).toBeGreaterThan(0.9);
	});
});

describe('fast front matter on arbitrary values', () => {
	const text = fc.string({ unit: fc.constantFrom(...'aZ09 :#-[]{}"\'\\,.?!&*|>%@`~é\t\n'.split('')), maxLength: 12 });
	const value = fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 }), fc.constantFrom('true', '12', '1.5', '2026-11-22', 'null', '[[A b]]', 'https://a.io/x?y=1'));
	const props = fc.dictionary(fc.constantFrom('status', 'kind', 'url', 'topics', 'aliases', 'x-y'), value, { maxKeys: 5 });

	it('writes only what yaml would write, and what reads back the same', () => {
		fc.assert(
			fc.property(props, (p) => {
				const s = fastStringify(p);
				if (s === undefined) return;
				expect(s).toBe(stringify(p, YAML_OPTIONS));
				expect(parse(s)).toEqual(p);
			}),
			{ numRuns: 2000 },
		);
	});

	it('reads what yaml writes the way yaml reads it, or declines', () => {
		fc.assert(
			fc.property(props, (p) => {
				const s = stringify(p, YAML_OPTIONS);
				const r = fastParse(s);
				if (r !== undefined) expect(r).toEqual(parse(s));
			}),
			{ numRuns: 2000 },
		);
	});

	it('writes each string as the patterns it was first written with do, on any text', () => {
		const PLAIN = /^[\p{L}\p{N}_./(][\p{L}\p{N} _\-./()',&+?=%~@!*:]*$/u;
		const SPECIAL = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;
		const NUMBER_LIKE = /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$|^0x[\da-f]+$|^0o[0-7]+$|^[-+]?\.(?:inf|nan)$/i;
		const asWritten = (v: string): string | undefined => {
			if (v === '') return '""';
			if (NUMBER_LIKE.test(v) || SPECIAL.test(v)) return JSON.stringify(v);
			if (PLAIN.test(v) && !v.includes(': ') && !v.endsWith(':') && !v.includes(' #') && !v.endsWith(' ')) return v;
			return /^\[\[[^"\\\]\n]+\]\]$/.test(v) ? `"${v}"` : undefined;
		};
		const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 8 });
		const mixed = fc.string({ unit: fc.constantFrom(...'aZ09 :#-+._/()[]"\'\\,?!&*|%@~eExXoO\u00e9\u00b2\u0663\u4e00'.split('')), maxLength: 10 });
		const words = fc.constantFrom('true', 'False', 'no', 'Y', '~', 'null', '.inf', '-.NaN', '0x1f', '0o17', '1_000', '1e5', '+.5', '2026-11-22', 'off', 'Offset', 'nul');
		fc.assert(fc.property(fc.oneof(ascii, mixed, words), (v) => {
			const want = asWritten(v);
			const got = fastStringify({ k: v });
			expect(got).toBe(want === undefined ? undefined : `k: ${want}\n`);
		}), { numRuns: 20000 });
	});

	it('declines what it does not know', () => {
		for (const fm of ['a: [1, 2]', 'a: |\n  text', 'a:\n  b: c', 'a: x # comment', 'a: &x 1', 'a: b: c', '- a', 'a: 1\na: 2', "a: 'it''s' x'", 'a: x\r', 'a: x\u2028y', 'a:b', ':x', '1a: x', 'a b: x']) {
			expect(fastParse(fm), fm).toBeUndefined();
		}
		expect(fastParse('rating: 5\ndone: true\nempty:\nname: \'it\'\'s\'\nq: "a\\"b"')).toEqual({ rating: 5, done: true, empty: null, name: "it's", q: 'a"b' });
	});
});
