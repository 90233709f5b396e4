/**
 * Reads the templates named on the command line (`--template`,
 * `--concept-template`, `--topic-template`). A template that cannot be read,
 * is binary or is not UTF-8 is a problem the import stops for before writing:
 * a note is rendered from its template only when it is made, so going on
 * with the built-in body would leave those notes without the template for good.
 */
import { readFileSync } from 'node:fs';
import type { TemplateKind } from '../core';
import { binaryLine, firstNonUtf8Line, whyUnreadable } from './read-lists';

/** The options that name a template, by the kind of note each shapes. */
export const TEMPLATE_OPTIONS: Record<string, TemplateKind> = { '--template': 'resource', '--concept-template': 'concept', '--topic-template': 'topic' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read the named templates: their text by kind, and a message naming the file (and line) for each that could not be read. */
export function readTemplates(values: Map<string, string>): { templates: Partial<Record<TemplateKind, string>>; problems: string[] } {
	const templates: Partial<Record<TemplateKind, string>> = {};
	const problems: string[] = [];
	for (const [option, kind] of Object.entries(TEMPLATE_OPTIONS)) {
		const file = values.get(option);
		if (file === undefined) continue;
		let buf: Buffer;
		try {
			buf = readFileSync(file);
		} catch (e) {
			problems.push(`${file}: cannot read the ${option} file (${whyUnreadable(e)})`);
			continue;
		}
		if (buf.includes(0)) {
			problems.push(`${file}:${binaryLine(buf)}: the ${option} file is binary, not text`);
			continue;
		}
		try {
			templates[kind] = utf8.decode(buf).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
		} catch {
			problems.push(`${file}:${firstNonUtf8Line(buf)}: the ${option} file is not UTF-8 text`);
		}
	}
	return { templates, problems };
}
