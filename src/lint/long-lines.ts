/**
 * The long-line ratchet: new and touched source lines keep to 120 columns,
 * while the lines already longer stay until someone shortens them. A line is
 * long as ESLint's `max-len` sees it, with the options `eslint.config.mjs`
 * gives it (strings, template literals, regular expressions and URLs are data
 * and may run on), at 120 columns; when no long line is left, `max-len` can
 * be set to 120 and this ratchet removed.
 *
 * The record (`long-lines.json`) lists, per source file, a fingerprint of
 * each long line (its trimmed text, hashed), so a check can name the lines
 * that are new or were touched, not only count them.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Linter } from 'eslint';
import { sourceFiles } from './source-files';
import tseslint from 'typescript-eslint';

/** The width new and touched lines keep to. */
export const LIMIT = 120;

/** `max-len`'s options in `eslint.config.mjs`, at the ratchet's width (a test checks they agree). */
export const MAX_LEN_OPTIONS = {
	code: LIMIT,
	tabWidth: 4,
	ignoreStrings: true,
	ignoreTemplateLiterals: true,
	ignoreRegExpLiterals: true,
	ignoreUrls: true,
};

/** Source file (relative path, `/`-separated) → fingerprints of its long lines, in line order. */
export type LongLineRecord = Record<string, string[]>;

/** One long line of a file. */
export interface LongLine {
	line: number;
	fingerprint: string;
}

/** The files `max-len` covers (`sourceFiles` under `src/`), relative to the root, `/`-separated. */
export function lintedFiles(root: string): string[] {
	return sourceFiles(join(root, 'src')).map((f) => relative(root, f).split(sep).join('/'));
}

/** FNV-1a of a line's trimmed text: the same line keeps its fingerprint when it moves up or down, or is indented. */
function fingerprint(text: string): string {
	let h = 0x811c9dc5;
	const s = text.trim();
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(16).padStart(8, '0');
}

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
	{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'max-len': ['error', MAX_LEN_OPTIONS] } },
];

/** The long lines of one file's text, as `max-len` at 120 columns finds them. */
export function longLinesOf(text: string, filename = 'file.ts'): LongLine[] {
	const lines = text.split(/\r?\n/);
	const out: LongLine[] = [];
	for (const m of linter.verify(text, config, { filename })) {
		// A file that does not parse cannot be measured; say so rather than count it clean.
		if (m.fatal) throw new Error(`${filename}:${m.line}: ${m.message}`);
		if (m.ruleId === 'max-len') out.push({ line: m.line, fingerprint: fingerprint(lines[m.line - 1] ?? '') });
	}
	return out;
}

/** Every source file's long lines (files with none left out). */
export function measure(root: string): Map<string, LongLine[]> {
	const found = new Map<string, LongLine[]>();
	for (const file of lintedFiles(root)) {
		const long = longLinesOf(readFileSync(join(root, file), 'utf8'), file);
		if (long.length) found.set(file, long);
	}
	return found;
}

/** What a file's long lines are against the record: lines it does not list, and how many it lists that are gone. */
export interface Difference {
	file: string;
	/** Long lines the record does not list: new, or touched and still long. */
	added: LongLine[];
	/** Listed lines no longer there (shortened, or gone): the record should come down. */
	gone: number;
}

/** Compare measured long lines with the record, file by file (each fingerprint matched once). */
export function compare(record: LongLineRecord, found: Map<string, LongLine[]>): Difference[] {
	const files = [...new Set([...Object.keys(record), ...found.keys()])].sort();
	const out: Difference[] = [];
	for (const file of files) {
		const left = [...(record[file] ?? [])];
		const added: LongLine[] = [];
		for (const l of found.get(file) ?? []) {
			const at = left.indexOf(l.fingerprint);
			if (at >= 0) left.splice(at, 1);
			else added.push(l);
		}
		if (added.length || left.length) out.push({ file, added, gone: left.length });
	}
	return out;
}

/** A difference in words: `src/x.ts: new or touched long lines 3, 9; 1 fewer than recorded`. */
export function explain(d: Difference): string {
	const parts: string[] = [];
	if (d.added.length) parts.push(`new or touched long lines ${d.added.map((l) => l.line).join(', ')}`);
	if (d.gone) parts.push(`${d.gone} fewer than recorded`);
	return `${d.file}: ${parts.join('; ')}`;
}

/** The record of what was measured. */
export function recordOf(found: Map<string, LongLine[]>): LongLineRecord {
	const out: LongLineRecord = {};
	for (const file of [...found.keys()].sort()) out[file] = found.get(file)!.map((l) => l.fingerprint);
	return out;
}
