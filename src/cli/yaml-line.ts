/**
 * Where a note's front matter stops being YAML, as a line of the note file,
 * so the import report can say `skipped Notes/x.md:3: …` and the reader can go
 * straight there. The core reports broken front matter without a position
 * (the plugin shows the note itself); the CLI has the file at hand and reads
 * it again, for the few notes that were skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { splitNote } from '../core';

/** The 1-based line of the note at which its front matter fails to parse; undefined when it parses or cannot be read. */
export function frontMatterErrorLine(text: string): number | undefined {
	const { frontMatter } = splitNote(text);
	if (frontMatter === undefined) return undefined;
	const doc = parseDocument(frontMatter, { uniqueKeys: false });
	const error = doc.errors[0];
	// Line 1 of the note is the opening `---`: the YAML's own lines start at 2.
	if (error) return (error.linePos?.[0].line ?? 1) + 1;
	const value: unknown = doc.toJS();
	// Properties must be a map; a list or a bare value is wrong from its first line.
	return value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value)) ? 2 : undefined;
}

/** The error line of each skipped note whose front matter is not valid YAML, by vault path. */
export function skippedLines(vaultDir: string, skipped: { path?: string; reason: string }[]): Map<string, number> {
	const lines = new Map<string, number>();
	for (const s of skipped) {
		if (!s.path || !s.reason.includes('not valid YAML')) continue;
		let text: string;
		try {
			text = readFileSync(join(vaultDir, s.path), 'utf8');
		} catch {
			continue;
		}
		const line = frontMatterErrorLine(text);
		if (line !== undefined) lines.set(s.path, line);
	}
	return lines;
}

/**
 * A skipped note's reason without the parser's own position: `yaml` counts
 * lines from the first line of the front matter, one less than the note's
 * line the report gives, and two numbers for one place would only confuse.
 */
export function withoutYamlPosition(reason: string): string {
	return reason.replace(/ at line \d+, column \d+:?/, '');
}
