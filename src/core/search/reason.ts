/**
 * Why a result is there when its title does not say it: the query's words
 * the title lacks are looked for in what a list line called it ("listed as
 * FlashAttention"), its aliases ("also called …"), the titles on its topic
 * path ("under Flash Attention") and its About text ("mentions flash
 * attention"); the text that holds the most of them is the reason, in that
 * order when two hold as many. Worked out for the few results shown, never
 * for the candidates.
 */
import { matchWords } from './highlight';
import type { MatchReason, SearchRecord } from './record';

/** Longest About excerpt a reason quotes, in characters: past it, only the matched words. */
const MAX_EXCERPT = 60;

/** What the picker shows for a reason. */
export function reasonText(reason: MatchReason): string {
	if (reason.kind === 'topic') return `under ${reason.text}`;
	if (reason.kind === 'listed') return `listed as ${reason.text}`;
	if (reason.kind === 'alias') return `also called ${reason.text}`;
	return `mentions ${reason.text}`;
}

/** How well a text explains the missing words: how many it has, then how few words it has besides. */
interface Fit {
	hits: number;
	extra: number;
}

function fit(text: string, tokens: string[]): Fit {
	const hits = matchWords(text, tokens).hits.filter(Boolean).length;
	const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
	return { hits, extra: Math.max(0, words - hits) };
}

/** Fits already worked out for one query, by missing words and text: results share their topics. */
export type ReasonMemo = Map<string, Fit>;

function better(a: Fit, b: Fit | undefined): boolean {
	return !b || a.hits > b.hits || (a.hits === b.hits && a.extra < b.extra);
}

/** The words of an About term that the tokens matched: the span from the first to the last, or the words alone. */
function excerpt(term: string, tokens: string[]): string {
	const { ranges } = matchWords(term, tokens);
	if (!ranges.length) return term;
	const wordAt = (i: number): [number, number] => {
		let a = i;
		let b = i;
		while (a > 0 && /[\p{L}\p{N}]/u.test(term[a - 1]!)) a--;
		while (b + 1 < term.length && /[\p{L}\p{N}]/u.test(term[b + 1]!)) b++;
		return [a, b];
	};
	const start = wordAt(ranges[0]![0])[0];
	const end = wordAt(ranges[ranges.length - 1]![1])[1];
	if (end - start < MAX_EXCERPT) return term.slice(start, end + 1);
	const seen = new Set<string>();
	return ranges
		.map(([a]) => wordAt(a))
		.map(([a, b]) => term.slice(a, b + 1))
		.filter((w) => !seen.has(w) && seen.add(w))
		.join(' … ');
}

/**
 * Why `record` answers the query's `tokens` beside its title (`titleHits` says which the title has);
 * undefined when the title has them all. `memo` keeps what one query worked out for the next result.
 */
export function matchReason(
	record: SearchRecord,
	tokens: string[],
	titleHits: boolean[],
	memo: ReasonMemo = new Map(),
): MatchReason | undefined {
	const missing = tokens.filter((_, i) => !titleHits[i]);
	if (!missing.length) return undefined;
	const key = `${missing.join(' ')}\u0000`;
	let best: { reason: MatchReason; fit: Fit } | undefined;
	const offer = (kind: MatchReason['kind'], text: string): void => {
		let f = memo.get(key + text);
		if (!f) memo.set(key + text, (f = fit(text, missing)));
		if (f.hits && better(f, best?.fit)) best = { reason: { kind, text }, fit: f };
	};
	for (const text of record.listed) offer('listed', text);
	for (const text of record.aliases) offer('alias', text);
	// Innermost first: of two topics that explain as much, the nearer one.
	for (let i = record.topics.length - 1; i >= 0; i--) offer('topic', record.topics[i]!);
	for (const term of record.about) offer('about', term);
	if (best?.reason.kind === 'about') best.reason.text = excerpt(best.reason.text, missing);
	return best?.reason;
}
