/**
 * Ranking the candidates: fuse.js scores each against the query's words,
 * and its score is blended with the candidate stage's, which knows the
 * whole-word edits fuse.js punishes. Weights are in `weights.ts`.
 */
import type { Candidate } from './candidates';
import { fuseScores } from './fuse-scores';
import { matchWords, queryTokens } from './highlight';
import { matchReason, type ReasonMemo } from './reason';
import type { SearchRecord, SearchResult } from './record';
import { normalize, prefixRange } from './text';
import type { Vocabulary } from './vocabulary';
import { RANKING } from './weights';

/** One or two letters: word prefixes and study order decide, with the typed prefix highlighted. */
export function rankShort(vocab: Vocabulary, stage: Candidate[], text: string, limit: number): SearchResult[] {
	return stage.slice(0, limit).map(({ slot }) => {
		const r = vocab.records[slot]!;
		const at = normalize(r.title).split(' ').findIndex((w) => w.startsWith(text));
		return { record: r, score: 0, titleMatches: at >= 0 ? prefixRange(r.title, at, text.length) : [] };
	});
}

/** The candidates' stage-one scores as the blend reads them: 0 for the best, towards 1 for the weakest. */
function stageScores(stage: Candidate[]): number[] {
	const top = stage[0]?.hits || 1;
	return stage.map((c) => 1 - c.hits / top);
}

/** First batch of candidates fuse.js scores; each next batch is twice as large. */
const FIRST_BATCH = 8;

/**
 * Whether a list line or the About text says the query's words as they were typed, two or more of
 * them in a row (`touches on attention sinks in passing`): a mention, not the noisy tail, so it is
 * shown after the rest however far behind it scores.
 */
export function mentionsPhrase(record: SearchRecord, text: string): boolean {
	if (!text.includes(' ')) return false;
	const says = (t: string): boolean => ` ${normalize(t)} `.includes(` ${text} `);
	return record.about.some(says) || record.listed.some(says);
}

/**
 * fuse.js over the candidates, blended with their stage-one scores; the noisy tail dropped, but
 * not a mention of the words as typed (`mentionsPhrase`). fuse.js scores each record on its own,
 * so only candidates that could still be shown are scored, best stage score first, in growing
 * batches. A candidate's blend is at least its stage share, so one is skipped once that share
 * exceeds the best blend so far plus the tail (it would be dropped) unless it is a mention, or
 * exceeds `limit` blends already scored (it would be cut). Both bounds only tighten as more are
 * scored, so a candidate skipped once stays skipped.
 */
export function rankFuzzy(vocab: Vocabulary, stage: Candidate[], raw: string, limit: number): SearchResult[] {
	const staged = stageScores(stage);
	const pattern = raw.trim();
	const text = normalize(raw);
	const known = new Map<string, number | null>();
	const scored: { s: number; score: number }[] = [];
	let best = Infinity;
	// The `limit`-th best blend so far: a candidate whose floor is above it cannot make the cut.
	let cut = Infinity;
	const mention = (s: number): boolean => mentionsPhrase(vocab.records[s]!, text);
	const wanted = (i: number): boolean => {
		const floor = staged[i]! * RANKING.stageShare;
		return !(floor > cut) && (floor <= best + RANKING.tail || mention(stage[i]!.slot));
	};
	for (let next = 0, size = FIRST_BATCH; next < stage.length; size *= 2) {
		const batch: number[] = [];
		for (; next < stage.length && batch.length < size; next++) if (wanted(next)) batch.push(next);
		if (!batch.length) break;
		const fuse = fuseScores(vocab, batch.map((i) => stage[i]!.slot), pattern, known);
		batch.forEach((i, k) => {
			const score = fuse[k]! * RANKING.fuseShare + staged[i]! * RANKING.stageShare;
			scored.push({ s: stage[i]!.slot, score });
			if (score < best) best = score;
		});
		if (scored.length >= limit) cut = scored.map((x) => x.score).sort((a, b) => a - b)[limit - 1]!;
	}
	scored.sort((a, b) => a.score - b.score || vocab.records[a.s]!.order - vocab.records[b.s]!.order);
	const tokens = queryTokens(raw);
	const memo: ReasonMemo = new Map();
	const shown = scored.filter((x) => x.score <= best + RANKING.tail || mention(x.s));
	return shown.slice(0, limit).map(({ s, score }) => {
		const record = vocab.records[s]!;
		// The query's own words decide the highlight: fuse.js's ranges stray (see highlight.ts).
		const { ranges, hits } = matchWords(record.title, tokens);
		const reason = matchReason(record, tokens, hits, memo);
		return { record, score, titleMatches: ranges, ...(reason ? { reason } : {}) };
	});
}
