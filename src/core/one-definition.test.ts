/**
 * Each rule of the note format is written once, in the module that owns it,
 * and used from there: the markers of a generated block, the id key, the list
 * of kinds, the wikilink pattern. This test reads every source file of `src/`
 * for the rule's literal and names any file outside its owner that spells it
 * again (comments aside: they may name a rule).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../lint/source-files';

const SRC = join(__dirname, '..');

/** A source text without its comments, so a rule named in prose is not a second definition. */
export function withoutComments(text: string): string {
	return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

const CODE = new Map(sourceFiles(SRC).map((f) => [relative(SRC, f).split('\\').join('/'), withoutComments(readFileSync(f, 'utf8'))]));

/** The files whose code contains `literal`. */
function spelledIn(literal: string | RegExp): string[] {
	return [...CODE].filter(([, code]) => (typeof literal === 'string' ? code.includes(literal) : literal.test(code))).map(([f]) => f).sort();
}

describe('one definition of each note-format rule', () => {
	it('reads code, not comments', () => {
		expect(withoutComments("/** `%% syllabus:begin` */\nconst a = 1; // 'syllabus-id'\nconst u = 'https://x';")).toBe("\nconst a = 1; \nconst u = 'https://x';");
	});

	it('writes the generated-block markers in note/markers.ts only', () => {
		expect(spelledIn('syllabus:begin')).toEqual(['core/note/markers.ts']);
		expect(spelledIn('syllabus:end')).toEqual(['core/note/markers.ts']);
	});

	it('spells the id key in note/schema.ts only', () => {
		expect(spelledIn('syllabus-id')).toEqual(['core/note/schema.ts']);
	});

	it('lists the kinds and the statuses in schema.ts only', () => {
		expect(spelledIn(/'paper',\s*'repo',\s*'video',\s*'post',\s*'course'/)).toEqual(['core/schema.ts']);
		expect(spelledIn(/'todo',\s*'reading',\s*'done',\s*'skipped'/)).toEqual(['core/schema.ts']);
	});

	it('reads wikilinks with the pattern in note/wikilinks.ts only', () => {
		// List text is read by the parser, which finds `[[x]]` items in a list, not links in a note; the fast YAML writer
		// only asks whether a value that starts with `[[` can be quoted without escapes.
		const elsewhere = (f: string): boolean => f.startsWith('core/parse/') || f.startsWith('core/catalog/') || f === 'core/note/fast-yaml.ts';
		expect(spelledIn(/\\\[\\\[/).filter((f) => !elsewhere(f))).toEqual(['core/note/wikilinks.ts']);
	});
});
