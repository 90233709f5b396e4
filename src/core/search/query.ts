/**
 * The picker's query language, the way people type: free words, plus
 * `status:todo`, `kind:paper`, `#topic` or `topic:"two words"`, `list:name`,
 * `author:okafor`, `year:2021`,
 * each negated with a leading `-` and taking comma lists (`kind:repo,video`).
 * An unknown `word:` is just text.
 */
import { KINDS, STATUSES, type Status } from '../types';
import { editDistance } from './text';

/** One filter of a query. */
export interface QueryFilter {
	field: 'status' | 'kind' | 'topic' | 'list' | 'author' | 'year';
	values: string[];
	negate: boolean;
}

/** A parsed query. */
export interface ParsedQuery {
	text: string;
	filters: QueryFilter[];
}

/** The syntax, for display in the picker. */
export const QUERY_HELP: { syntax: string; description: string }[] = [
	{ syntax: 'status:todo', description: 'by status (todo, reading, done, skipped)' },
	{ syntax: 'kind:paper', description: 'by kind (paper, repo, video, course…)' },
	{ syntax: '#topic', description: 'under a topic' },
	{ syntax: 'list:name', description: 'from a list' },
	{ syntax: 'author:okafor', description: 'by an author' },
	{ syntax: 'year:2021', description: 'from a year' },
	{ syntax: '-status:done', description: 'leave out' },
];



/** A kind as typed, or the one it is a typo of (`papr` → `paper`). */
function nearestKind(v: string): string | undefined {
	const all = [...KINDS, 'concept'];
	if (all.includes(v)) return v;
	return v.length >= 3 ? all.find((k) => editDistance(v, k, 1) <= 1 || (v.length >= 5 && editDistance(v, k, 2) <= 2)) : undefined;
}

/** Split a query into free text and filters. */
export function parseQuery(input: string): ParsedQuery {
	const filters: QueryFilter[] = [];
	const words: string[] = [];
	const re = /(-?)(status|kind|topic|list|author|year):(?:"([^"]*)"|(\S*))|(-?)#(?:"([^"]*)"|(\S+))|(\S+)/gi;
	for (const m of input.matchAll(re)) {
		if (m[2]) {
			const field = m[2].toLowerCase() as QueryFilter['field'];
			const raw = (m[3] ?? m[4] ?? '').toLowerCase();
			let values = raw.split(',').map((v) => v.trim()).filter(Boolean);
			if (field === 'status') values = values.filter((v) => STATUSES.includes(v as Status) || v === 'concept');
			if (field === 'kind') values = values.map(nearestKind).filter((v): v is string => !!v);
			if (field === 'topic' || field === 'list') values = values.map((v) => v.replace(/[-_]+/g, ' '));
			if (field === 'year') values = values.filter((v) => /^\d{4}$/.test(v));
			if (values.length) filters.push({ field, values, negate: m[1] === '-' });
			else if (!raw) continue;
			else words.push(m[0]);
		} else if (m[6] !== undefined || m[7] !== undefined) {
			const v = (m[6] ?? m[7] ?? '').toLowerCase().replace(/[-_]+/g, ' ').trim();
			if (v) filters.push({ field: 'topic', values: [v], negate: m[5] === '-' });
		} else if (m[8]) words.push(m[8]);
	}
	return { text: words.join(' '), filters };
}
