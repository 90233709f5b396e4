/**
 * Ranking the candidates: fuse.js scores each against the query's words,
 * and its score is blended with the candidate stage's, which knows the
 * whole-word edits fuse.js punishes. Weights are in `weights.ts`.
 */
import Fuse, { type FuseResult } from 'fuse.js';
import type { Candidate } from './candidates';
import { matchRanges } from './highlight';
import type { SearchResult } from './record';
import { normalize, prefixRange } from './text';
import type { Slot } from './vocabulary';
import { RANKING } from './weights';

interface FuseDoc {
	slot: number;
	title: string;
	compact: string;
	aliases: string[];
	topics: string[];
}

/** One or two letters: word prefixes and study order decide, with the typed prefix highlighted. */
export function rankShort(slots: Slot[], stage: Candidate[], text: string, limit: number): SearchResult[] {
	return stage.slice(0, limit).map(({ slot }) => {
		const r = slots[slot]!.record;
		const at = normalize(r.title).split(' ').findIndex((w) => w.startsWith(text));
		return { record: r, score: 0, titleMatches: at >= 0 ? prefixRange(r.title, at, text.length) : [] };
	});
}

/** The candidates' stage-one scores as the blend reads them: 0 for the best, towards 1 for the weakest. */
function stageScores(stage: Candidate[]): number[] {
	const top = stage[0]?.hits || 1;
	return stage.map((c) => 1 - c.hits / top);
}

/** fuse.js's score (lower is better, 1 for no match) for each of some candidates. */
function fuseScores(slots: Slot[], batch: Candidate[], pattern: string): number[] {
	const docs: FuseDoc[] = batch.map(({ slot }) => {
		const r = slots[slot]!.record;
		return { slot, title: r.title, compact: slots[slot]!.compact, aliases: r.aliases, topics: r.topics };
	});
	// Weighted title and ignoreFieldNorm ranked the intended item first in perf-anchors.md's tests.
	const fuse = new Fuse(docs, {
		keys: RANKING.fuseKeys.map((k) => ({ ...k })),
		ignoreLocation: true,
		ignoreFieldNorm: true,
		includeScore: true,
		threshold: RANKING.fuseThreshold,
	});
	const byFuse = new Map<number, FuseResult<FuseDoc>>(fuse.search(pattern).map((r) => [r.item.slot, r]));
	return batch.map(({ slot }) => byFuse.get(slot)?.score ?? 1);
}

/** First batch of candidates fuse.js scores; each next batch is twice as large. */
const FIRST_BATCH = 8;

/**
 * fuse.js over the candidates, blended with their stage-one scores; the noisy tail dropped.
 * fuse.js scores each record on its own, so it only scores candidates that could survive the
 * tail: a candidate's blend is at least its stage share, so once that exceeds the best blend so
 * far plus the tail, it and every weaker candidate would be dropped whatever fuse.js said.
 */
export function rankFuzzy(slots: Slot[], stage: Candidate[], raw: string, limit: number): SearchResult[] {
	const staged = stageScores(stage);
	const pattern = raw.trim();
	const scored: { s: number; score: number }[] = [];
	let best = Infinity;
	let size = FIRST_BATCH;
	for (let next = 0; next < stage.length; size *= 2) {
		let end = next;
		while (end < stage.length && end - next < size && staged[end]! * RANKING.stageShare <= best + RANKING.tail) end++;
		if (end === next) break;
		const fuse = fuseScores(slots, stage.slice(next, end), pattern);
		for (let i = next; i < end; i++) {
			const score = fuse[i - next]! * RANKING.fuseShare + staged[i]! * RANKING.stageShare;
			scored.push({ s: stage[i]!.slot, score });
			if (score < best) best = score;
		}
		next = end;
	}
	scored.sort((a, b) => a.score - b.score || slots[a.s]!.record.order - slots[b.s]!.record.order);
	return scored.filter((x) => x.score <= best + RANKING.tail).slice(0, limit).map(({ s, score }) => ({
		record: slots[s]!.record,
		score,
		// The query's own words decide the highlight: fuse.js's ranges stray (see highlight.ts).
		titleMatches: matchRanges(slots[s]!.record.title, raw),
	}));
}
