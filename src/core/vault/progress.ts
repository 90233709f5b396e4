/**
 * Progress read back from the notes themselves — their `status`, `lists` and
 * `topics` properties — so that whatever the reader changed in Obsidian
 * counts. A topic's progress includes everything filed under its sub-topics.
 */
import { scalarText } from './frontmatter';
import { LinkResolver, linkTarget } from './links';
import { basenameOf } from './names';
import type { ScannedNote } from './types';

/** Done out of total for one list or topic. */
export interface Progress {
	title: string;
	path: string;
	done: number;
	reading: number;
	total: number;
}

/** Progress of the whole vault, per list and per topic. */
export interface VaultProgress {
	overall: { done: number; reading: number; total: number };
	lists: Progress[];
	topics: Progress[];
}

function listValue(v: unknown): string[] {
	if (Array.isArray(v)) return v.map(scalarText);
	return v === undefined || v === null || v === '' ? [] : [scalarText(v)];
}

/** Compute progress from scanned notes (study items are the notes with a `status`). */
export function vaultProgress(files: string[], notes: ScannedNote[]): VaultProgress {
	const resolver = new LinkResolver(files);
	const ours = notes.filter((n): n is Extract<ScannedNote, { properties: unknown }> => 'properties' in n && typeof n.properties['syllabus-id'] === 'string');
	const tagged = (n: (typeof ours)[number], tag: string): boolean => listValue(n.properties.tags).some((t) => t.replace(/^#/, '') === tag);
	const targets = (n: (typeof ours)[number], key: string): string[] =>
		listValue(n.properties[key])
			.map((v) => linkTarget(v))
			.map((t) => (t ? resolver.resolve(t) : undefined))
			.filter((p): p is string => !!p);

	const items = ours.filter((n) => typeof n.properties.status === 'string');
	const topicNotes = ours.filter((n) => tagged(n, 'syllabus/topic'));
	const listNotes = ours.filter((n) => tagged(n, 'syllabus/list'));

	// Each topic's ancestors, following `topics` links up from topic notes.
	const parents = new Map(topicNotes.map((t) => [t.path, targets(t, 'topics')]));
	const ancestors = (start: string[]): Set<string> => {
		const seen = new Set<string>();
		const stack = [...start];
		while (stack.length) {
			const p = stack.pop()!;
			if (seen.has(p)) continue;
			seen.add(p);
			stack.push(...(parents.get(p) ?? []));
		}
		return seen;
	};

	const tally = new Map<string, { done: number; reading: number; total: number }>();
	const bump = (path: string, status: string): void => {
		const t = tally.get(path) ?? { done: 0, reading: 0, total: 0 };
		if (status === 'skipped') return;
		t.total++;
		if (status === 'done') t.done++;
		if (status === 'reading') t.reading++;
		tally.set(path, t);
	};
	const overall = { done: 0, reading: 0, total: 0 };
	for (const n of items) {
		const status = scalarText(n.properties.status).toLowerCase();
		if (status === 'skipped') continue;
		overall.total++;
		if (status === 'done') overall.done++;
		if (status === 'reading') overall.reading++;
		for (const l of new Set(targets(n, 'lists'))) bump(l, status);
		for (const t of ancestors(targets(n, 'topics'))) bump(t, status);
	}
	const row = (n: (typeof ours)[number]): Progress => ({ title: basenameOf(n.path), path: n.path, ...(tally.get(n.path) ?? { done: 0, reading: 0, total: 0 }) });
	return {
		overall,
		lists: listNotes.map(row).sort((a, b) => a.title.localeCompare(b.title)),
		topics: topicNotes.map(row).filter((t) => t.total > 0).sort((a, b) => b.total - a.total || a.title.localeCompare(b.title)),
	};
}
