/**
 * A list's report (`ListReport`) in plain words, worked out once for every
 * place that shows it: `syllabus parse`, the import report the CLI prints,
 * the import preview, the plugin's notice and its report note. It counts and
 * names what was left out by kind (`FURNITURE_PLURAL`), lists line numbers
 * compactly, and groups left-out links for the preview's checkboxes. It does
 * not decide what is left out: the catalog does (`catalog/roles.ts`).
 */
import { FURNITURE_PLURAL } from './catalog/roles';
import { countOf } from './text/count';
import type { ListReport } from './types';

/** The kind of a left-out link that has no address of its own (an in-page anchor) and so can never be kept. */
export const CONTENTS = 'contents';

/** How many line numbers a report line names before it stops with "…". */
const LINES_SHOWN = 6;

const KIND_ORDER = Object.keys(FURNITURE_PLURAL);

/** A kind's name in the plural (`badges`, `contents links`); a kind the catalog adds later reads as `<kind> links`. */
export function kindName(kind: string): string {
	return (FURNITURE_PLURAL as Record<string, string>)[kind] ?? `${kind} links`;
}

/** `n` links of a kind in words: `1 badge`, `9 badges`, `1 link to the list's own repository`. */
export function kindCount(kind: string, n: number): string {
	const plural = kindName(kind);
	return `${n} ${n === 1 ? plural.replace(/\b(badge|profile|link|file)s\b/, '$1') : plural}`;
}

/** `1 link`, `23 links`. */
function links(n: number): string {
	return countOf(n, 'link');
}

/** How many links of each kind were left out, the most first (ties in the catalog's order of kinds). */
export function leftOutKinds(report: ListReport): { kind: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const l of report.leftOut) counts.set(l.kind, (counts.get(l.kind) ?? 0) + 1);
	const rank = (k: string): number => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
	return [...counts]
		.map(([kind, count]) => ({ kind, count }))
		.sort((a, b) => b.count - a.count || rank(a.kind) - rank(b.kind));
}

/** The kinds left out in words: `9 badges, 12 contents links, 2 profiles` (empty when nothing was). */
export function leftOutWords(report: ListReport): string {
	return leftOutKinds(report)
		.map((k) => kindCount(k.kind, k.count))
		.join(', ');
}

/** Line numbers in words, runs joined: `line 3`, `lines 3, 5, 12–14, …`. */
export function lineList(lines: Iterable<number>): string {
	const sorted = [...new Set(lines)].sort((a, b) => a - b);
	const runs: string[] = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		runs.push(j > i ? `${sorted[i]!}–${sorted[j]!}` : String(sorted[i]!));
		i = j + 1;
	}
	const shown = runs.slice(0, LINES_SHOWN).join(', ') + (runs.length > LINES_SHOWN ? ', …' : '');
	return `${sorted.length === 1 ? 'line' : 'lines'} ${shown}`;
}

/** How many left-out links have an address, so that a reader could keep them (all but contents links). */
export function keepable(report: ListReport): number {
	return report.leftOut.filter((l) => l.kind !== CONTENTS).length;
}

/**
 * The one line an import report gives a list that left something out:
 * `Left out of Awesome LLM: 23 links (9 badges, 12 contents links, 2 profiles)`.
 * Undefined when nothing was left out.
 */
export function leftOutLine(title: string, report: ListReport): string | undefined {
	if (!report.leftOut.length) return undefined;
	return `Left out of ${title}: ${links(report.leftOut.length)} (${leftOutWords(report)})`;
}

/** The report as `syllabus parse` prints it under a list, one line each, unindented. */
export function reportLines(report: ListReport): string[] {
	const out = [`readings: ${report.readings}, related links: ${report.related}`];
	if (report.leftOut.length) out.push(`left out ${report.leftOut.length}: ${leftOutWords(report)} (${lineList(report.leftOut.map((l) => l.line))})`);
	const commented = report.commentedOut;
	if (commented.length) out.push(`commented out: ${links(commented.length)} (${lineList(commented.map((c) => c.line))})`);
	const { list, heading, address } = report.titles;
	if (list + heading + address) {
		const named = address ? `, ${address} named from their address: fetch metadata to name them` : '';
		out.push(`titles: ${list} from the list, ${heading} from headings${named}`);
	}
	return out;
}

/** A left-out link as the preview offers it: its address (what keeping it names), its words and every line it stands on. */
export interface LeftOutLink {
	url: string;
	label: string;
	lines: number[];
}

/** Left-out links grouped by kind for the preview, the largest group first; contents links only counted, as they cannot be kept. */
export function leftOutGroups(report: ListReport): { groups: { kind: string; name: string; links: LeftOutLink[] }[]; contents: number } {
	const byKind = new Map<string, Map<string, LeftOutLink>>();
	let contents = 0;
	for (const l of report.leftOut) {
		if (l.kind === CONTENTS) {
			contents++;
			continue;
		}
		let kind = byKind.get(l.kind);
		if (!kind) byKind.set(l.kind, (kind = new Map<string, LeftOutLink>()));
		const seen = kind.get(l.url);
		if (seen) {
			if (!seen.lines.includes(l.line)) seen.lines.push(l.line);
			if (!seen.label) seen.label = l.label;
		} else kind.set(l.url, { url: l.url, label: l.label, lines: [l.line] });
	}
	const groups = leftOutKinds(report)
		.filter((k) => byKind.has(k.kind))
		.map((k) => ({ kind: k.kind, name: kindName(k.kind), links: [...byKind.get(k.kind)!.values()] }));
	return { groups, contents };
}
