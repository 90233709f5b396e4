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

/** A warning naming the lines whose links ended nowhere, when they are many; else undefined. */
export function coverageDiagnostic(file: string, lines: LineLinks[], kept: Set<string>, reported: string, keyOf: Canonicalizer = canonicalize): Diagnostic | undefined {
	const all = new Set<string>();
	const lost = new Set<string>();
	const lostLines: number[] = [];
	for (const l of lines) {
		let lineLost = false;
		for (const u of l.urls) {
			const key = keyOf(u)?.key;
			if (!key) continue;
			all.add(key);
			if (kept.has(key) || reported.includes(u)) continue;
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
