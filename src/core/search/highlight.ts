/**
 * Which characters of a title a query matched, for the picker to underline:
 * a word's typed prefix, the letters a misspelt word shares with the title's
 * word in order (`atention` marks every letter of `Attention` but one `t`),
 * or a run-together query found across words (`flashattention`). Computed
 * from the query's own words, so a fuzzy ranker's stray ranges (`flsh
 * atention` lighting up half of `Self Attention`) never reach the screen.
 */
import { editDistance } from './text';

/** Letters and digits of the title, with where each sits. */
function letters(title: string): { ch: string; at: number }[] {
	const out: { ch: string; at: number }[] = [];
	for (const m of title.matchAll(/[\p{L}\p{N}]/gu)) out.push({ ch: m[0].toLowerCase(), at: m.index });
	return out;
}

/** The title's words, lower-cased, with the index of each character. */
function words(title: string): { text: string; at: number[] }[] {
	return [...title.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0].toLowerCase(), at: [...m[0]].map((_, i) => m.index + i) }));
}

/** Positions of `word` that take part in its longest common subsequence with `token`. */
function shared(token: string, word: string): number[] {
	const t = [...token];
	const w = [...word];
	const dp = Array.from({ length: t.length + 1 }, () => new Array<number>(w.length + 1).fill(0));
	for (let i = t.length - 1; i >= 0; i--) for (let j = w.length - 1; j >= 0; j--) dp[i]![j] = t[i] === w[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
	const out: number[] = [];
	for (let i = 0, j = 0; i < t.length && j < w.length; ) {
		if (t[i] === w[j]) {
			out.push(j);
			i++;
			j++;
		} else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
		else j++;
	}
	return out;
}

/** Merge marked positions into inclusive ranges. */
function ranges(marked: Set<number>): [number, number][] {
	const sorted = [...marked].sort((a, b) => a - b);
	const out: [number, number][] = [];
	for (const p of sorted) {
		const last = out[out.length - 1];
		if (last && last[1] === p - 1) last[1] = p;
		else out.push([p, p]);
	}
	return out;
}

/** The free words of a query as `matchRanges` reads them. */
export function queryTokens(query: string): string[] {
	return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Which of `tokens` a text has (each by a word of its own, or run together across words), and where they matched. */
export function matchWords(title: string, tokens: string[]): { ranges: [number, number][]; hits: boolean[] } {
	const ws = words(title);
	const used = new Set<number>();
	const marked = new Set<number>();
	const hits = tokens.map((token) => {
		const max = token.length <= 2 ? 0 : token.length <= 5 ? 1 : 2;
		let hit = ws.findIndex((w, i) => !used.has(i) && w.text.startsWith(token));
		if (hit >= 0) {
			used.add(hit);
			ws[hit]!.at.slice(0, token.length).forEach((p) => marked.add(p));
			return true;
		}
		hit = ws.findIndex((w, i) => !used.has(i) && max > 0 && (editDistance(token, w.text, max) <= max || editDistance(token, w.text.slice(0, token.length), max) <= max));
		if (hit >= 0) {
			used.add(hit);
			for (const j of shared(token, ws[hit]!.text)) marked.add(ws[hit]!.at[j]!);
			return true;
		}
		// A run-together query: `flashattention` across `Flash Attention`.
		const ls = letters(title);
		const at = ls.map((l) => l.ch).join('').indexOf(token);
		if (token.length >= 4 && at >= 0) {
			for (let k = at; k < at + token.length; k++) marked.add(ls[k]!.at);
			return true;
		}
		return false;
	});
	return { ranges: ranges(marked), hits };
}

/** Inclusive ranges of `title` that the free words of `query` matched. */
export function matchRanges(title: string, query: string): [number, number][] {
	return matchWords(title, queryTokens(query)).ranges;
}
