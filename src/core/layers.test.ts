/**
 * The rooms of the core and which way their doors open. The note format
 * (`note/`) stands on nothing above it; the Vault interface (`vault/`) on the
 * note format alone; the import engine (`import/`, writing) and the library
 * (`library/`, reading) both stand on those and never on each other; and no
 * file of `src/` reaches itself through its imports. Each rule is also the
 * answer to "where does this go?" for the next change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../lint/source-files';

const SRC = join(__dirname, '..');

/** The files of `src/` a file imports or re-exports, types included. */
export function importsOf(file: string, text: string): string[] {
	const specs = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
	return specs.flatMap((s) => {
		const base = resolve(dirname(file), s);
		const found = [`${base}.ts`, join(base, 'index.ts')].find((f) => existsSync(f));
		return found ? [found] : [];
	});
}

const FILES = sourceFiles(SRC);
const GRAPH = new Map(FILES.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));
const rel = (f: string): string => relative(SRC, f).split('\\').join('/');

/** Every circle of imports, each as the files in it (Tarjan's strongly connected components of more than one file, or a file importing itself). */
export function circles(graph: Map<string, string[]>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const on = new Set<string>();
	const out: string[][] = [];
	const visit = (v: string): void => {
		index.set(v, next);
		low.set(v, next++);
		stack.push(v);
		on.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) !== index.get(v)) return;
		const part: string[] = [];
		let w: string;
		do {
			w = stack.pop()!;
			on.delete(w);
			part.push(w);
		} while (w !== v);
		if (part.length > 1 || graph.get(v)?.includes(v)) out.push(part.sort());
	};
	for (const v of graph.keys()) if (!index.has(v)) visit(v);
	return out;
}

/** The imports from files under `from` into files under any of `into`, as `a -> b`. */
function crossings(from: string, into: string[]): string[] {
	return [...GRAPH].flatMap(([f, deps]) => (rel(f).startsWith(from) ? deps.filter((d) => into.some((i) => rel(d).startsWith(i))).map((d) => `${rel(f)} -> ${rel(d)}`) : []));
}

describe('the layers of src/', () => {
	it('finds a circle when there is one', () => {
		expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
		expect(circles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
	});

	it('has no circle of imports, types included', () => {
		expect(FILES.length).toBeGreaterThan(100);
		expect(circles(GRAPH).map((c) => c.map(rel))).toEqual([]);
	});

	it('keeps the note format below everything that reads or writes notes', () => {
		expect(crossings('core/note/', ['core/import/', 'core/vault/', 'core/library/', 'core/enrich/', 'core/mentions/', 'core/search/', 'core/catalog/', 'core/parse/', 'core/index.ts'])).toEqual([]);
	});

	it('keeps the Vault interface on the note format alone', () => {
		expect(crossings('core/vault/', ['core/import/', 'core/library/', 'core/enrich/', 'core/mentions/', 'core/search/', 'core/catalog/', 'core/index.ts'])).toEqual([]);
	});

	it('keeps writing (import) and reading (library) from importing each other', () => {
		expect(crossings('core/import/', ['core/library/'])).toEqual([]);
		expect(crossings('core/library/', ['core/import/'])).toEqual([]);
	});
});
