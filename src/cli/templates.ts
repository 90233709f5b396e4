/**
 * Reads the templates named on the command line (`--template`,
 * `--concept-template`, `--topic-template`). A template that cannot be read,
 * is binary or is not UTF-8 is reported and left out: those notes get the
 * built-in body, and the import goes on.
 */
import { readFileSync } from 'node:fs';
import type { TemplateKind } from '../core';

/** The options that name a template, by the kind of note each shapes. */
export const TEMPLATE_OPTIONS: Record<string, TemplateKind> = { '--template': 'resource', '--concept-template': 'concept', '--topic-template': 'topic' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read the named templates: their text by kind, and a message for each that could not be read. */
export function readTemplates(values: Map<string, string>): { templates: Partial<Record<TemplateKind, string>>; problems: string[] } {
	const templates: Partial<Record<TemplateKind, string>> = {};
	const problems: string[] = [];
	for (const [option, kind] of Object.entries(TEMPLATE_OPTIONS)) {
		const file = values.get(option);
		if (file === undefined) continue;
		try {
			const buf = readFileSync(file);
			if (buf.includes(0)) throw new Error('it is binary, not text');
			templates[kind] = utf8.decode(buf).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
		} catch (e) {
			const why = (e as { code?: string }).code === 'ENOENT' ? 'no such file' : e instanceof TypeError ? 'it is not UTF-8 text' : (e as Error).message;
			problems.push(`${file}: template could not be read (${why}); new ${kind} notes get the built-in body`);
		}
	}
	return { templates, problems };
}
