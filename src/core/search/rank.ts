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

/** fuse.js over the candidates, blended with their stage-one scores; the noisy tail dropped. */
export function rankFuzzy(slots: Slot[], stage: Candidate[], raw: string, limit: number): SearchResult[] {
	const picked = stage.map((c) => c.slot);
	const stageOne = new Map(stage.map((c) => [c.slot, c.hits]));
	const docs: FuseDoc[] = picked.map((s) => {
		const r = slots[s]!.record;
		return { slot: s, title: r.title, compact: slots[s]!.compact, aliases: r.aliases, topics: r.topics };
	});
	// Weighted title and ignoreFieldNorm ranked the intended item first in perf-anchors.md's tests.
	const fuse = new Fuse(docs, {
		keys: RANKING.fuseKeys.map((k) => ({ ...k })),
		ignoreLocation: true,
		ignoreFieldNorm: true,
		includeScore: true,
		threshold: RANKING.fuseThreshold,
	});
	const ranked = fuse.search(raw.trim());
	const byFuse = new Map<number, FuseResult<FuseDoc>>(ranked.map((r) => [r.item.slot, r]));
	const top = stageOne.get(picked[0]!) || 1;
	const scored = picked.map((s) => {
		const f = byFuse.get(s);
		const fuseScore = f?.score ?? 1;
		const stage = 1 - (stageOne.get(s) ?? 0) / top;
		return { s, score: fuseScore * RANKING.fuseShare + stage * RANKING.stageShare };
	});
	scored.sort((a, b) => a.score - b.score || slots[a.s]!.record.order - slots[b.s]!.record.order);
	const best = scored[0]?.score ?? 0;
	return scored.filter((x) => x.score <= best + RANKING.tail).slice(0, limit).map(({ s, score }) => ({
		record: slots[s]!.record,
		score,
		// The query's own words decide the highlight: fuse.js's ranges stray (see highlight.ts).
		titleMatches: matchRanges(slots[s]!.record.title, raw),
	}));
}
