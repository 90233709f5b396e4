/**
 * Says so when a list yields far fewer resources than it has links: the
 * lines whose links ended nowhere (not a resource, not a related link, not
 * reported) are shapes the parser did not understand, and the reader should
 * know which before trusting the catalog. The links of each line are
 * gathered by the parse layer (`parse/line-links.ts`).
 */
import type { Diagnostic } from '../types';
import { canonicalize, type Canonicalizer } from '../url/canonical';
import type { LineLinks } from '../parse/line-links';

/** Share of a list's links that may end nowhere before it is reported. */
const TOLERATED = 0.25;

/** What ends the `https?://…` runs of a line (`parse/line-links.ts`): a link never holds one. */
const RUN_END = /[\s)\]>"'|<]/g;
const HAS_RUN_END = /[\s)\]>"'|<]/;

/**
 * Whether `text.includes(url)`, for many `http(s)://` links, without
 * scanning the text once per link (a list whose every link is named in a
 * diagnostic made that quadratic). A link occurs in the text only where one
 * of the text's `://` is, with the link's scheme before it, and it holds
 * none of the characters that end a run: so it occurs iff it is a prefix of
 * one of the runs read from each `://`, found by binary search among them.
 */
export function mentionsIn(text: string): (url: string) => boolean {
	const runs: string[][] = [[], []];
	for (let q = text.indexOf('://'); q >= 0; q = text.indexOf('://', q + 1)) {
		RUN_END.lastIndex = q + 3;
		const end = RUN_END.exec(text)?.index ?? text.length;
		for (const s of [4, 5]) if (q >= s) runs[s - 4]!.push(text.slice(q - s, end));
	}
	for (const r of runs) r.sort();
	return (url) => {
		const s = url.indexOf('://');
		if ((s !== 4 && s !== 5) || HAS_RUN_END.test(url)) return text.includes(url);
		const sorted = runs[s - 4]!;
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (sorted[mid]! < url) lo = mid + 1;
			else hi = mid;
		}
		return lo < sorted.length && sorted[lo]!.startsWith(url);
	};
}

/** A warning naming the lines whose links ended nowhere, when they are many; else undefined. */
export function coverageDiagnostic(file: string, lines: LineLinks[], kept: Set<string>, reported: string, keyOf: Canonicalizer = canonicalize): Diagnostic | undefined {
	const all = new Set<string>();
	const lost = new Set<string>();
	const lostLines: number[] = [];
	let mentioned: ((url: string) => boolean) | undefined;
	for (const l of lines) {
		let lineLost = false;
		for (const u of l.urls) {
			const key = keyOf(u)?.key;
			if (!key) continue;
			all.add(key);
			if (kept.has(key)) continue;
			mentioned ??= mentionsIn(reported);
			if (mentioned(u)) continue;
			lost.add(key);
			lineLost = true;
		}
		if (lineLost) lostLines.push(l.line);
	}
	if (lost.size < 3 || lost.size <= all.size * TOLERATED) return undefined;
	const shown = lostLines.slice(0, 12).join(', ') + (lostLines.length > 12 ? ', …' : '');
	return {
		file,
		line: lostLines[0]!,
		severity: 'warning',
		message: `${lost.size} of the ${all.size} links in this list were not understood and are not in the catalog (lines ${shown}).`,
	};
}
