/**
 * Ranking the candidates: fuse.js scores each against the query's words,
 * and its score is blended with the candidate stage's, which knows the
 * whole-word edits fuse.js punishes. Weights are in `weights.ts`.
 */
import type { Candidate } from './candidates';
import { fuseScores } from './fuse-scores';
import { matchRanges } from './highlight';
import type { SearchResult } from './record';
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
 * fuse.js over the candidates, blended with their stage-one scores; the noisy tail dropped.
 * fuse.js scores each record on its own, so only candidates that could still be shown are
 * scored, best stage score first, in growing batches. A candidate's blend is at least its
 * stage share, so the rest are skipped once that share exceeds the best blend so far plus the
 * tail (they would be dropped), or exceeds `limit` blends already scored (they would be cut).
 */
export function rankFuzzy(vocab: Vocabulary, stage: Candidate[], raw: string, limit: number): SearchResult[] {
	const staged = stageScores(stage);
	const pattern = raw.trim();
	const known = new Map<string, number | null>();
	const scored: { s: number; score: number }[] = [];
	let best = Infinity;
	// The `limit`-th best blend so far: a candidate whose floor is above it cannot make the cut.
	let cut = Infinity;
	let size = FIRST_BATCH;
	const wanted = (i: number): boolean => {
		const floor = staged[i]! * RANKING.stageShare;
		return floor <= best + RANKING.tail && !(floor > cut);
	};
	for (let next = 0; next < stage.length; size *= 2) {
		let end = next;
		while (end < stage.length && end - next < size && wanted(end)) end++;
		if (end === next) break;
		const fuse = fuseScores(vocab, stage.slice(next, end).map((c) => c.slot), pattern, known);
		for (let i = next; i < end; i++) {
			const score = fuse[i - next]! * RANKING.fuseShare + staged[i]! * RANKING.stageShare;
			scored.push({ s: stage[i]!.slot, score });
			if (score < best) best = score;
		}
		if (scored.length >= limit) cut = scored.map((x) => x.score).sort((a, b) => a - b)[limit - 1]!;
		next = end;
	}
	scored.sort((a, b) => a.score - b.score || vocab.records[a.s]!.order - vocab.records[b.s]!.order);
	return scored.filter((x) => x.score <= best + RANKING.tail).slice(0, limit).map(({ s, score }) => ({
		record: vocab.records[s]!,
		score,
		// The query's own words decide the highlight: fuse.js's ranges stray (see highlight.ts).
		titleMatches: matchRanges(vocab.records[s]!.title, raw),
	}));
}
