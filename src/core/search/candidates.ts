/**
 * The candidate stage in front of fuse.js: over 50,000 records fuse.js alone
 * costs hundreds of milliseconds a keystroke, so each record first scores by
 * cheap look-ups — shared trigrams (which also catch run-together queries),
 * whole words, prefixes of the word being typed, and words within one or two
 * edits of a query word (`atention`, `lroa`, `transfromer`) — and only the
 * best few hundred reach fuse.js. Weights are in `weights.ts`.
 */
import { passes } from './filters';
import type { QueryFilter } from './query';
import { kthLargest, editDistance, trigrams } from './text';
import type { Vocabulary } from './vocabulary';
import { RANKING } from './weights';

/** A candidate and its stage-one score (higher is better). */
export interface Candidate {
	slot: number;
	hits: number;
}

/** Scores every record the query touches into a reusable buffer. */
export class CandidateStage {
	private hits = new Float32Array(0);

	constructor(private readonly vocab: Vocabulary) {}

	/** Candidate slots for free text that pass the filters, with their stage-one score, best first. */
	run(text: string, filters: QueryFilter[], max: number): Candidate[] {
		const { slots, gramIndex, wordIndex, contextIndex, vocabByLength } = this.vocab;
		if (this.hits.length < slots.length) this.hits = new Float32Array(Math.max(slots.length, this.hits.length * 2));
		const hits = this.hits;
		const touched: number[] = [];
		const add = (slot: number, w: number): void => {
			const h = hits[slot] ?? 0;
			if (h === 0) touched.push(slot);
			hits[slot] = h + w;
		};
		const tokens = text.split(' ').filter(Boolean);
		const queryGrams = new Set<string>();
		for (const t of tokens) trigrams(t, queryGrams);
		if (tokens.length > 1) trigrams(tokens.join(''), queryGrams);
		for (const g of queryGrams) for (const s of gramIndex.get(g) ?? []) add(s, RANKING.trigram);
		for (const [i, t] of tokens.entries()) {
			const exact = wordIndex.get(t);
			if (exact) for (const s of exact) add(s, RANKING.titleWord);
			for (const s of contextIndex.get(t) ?? []) add(s, RANKING.contextWord);
			if (i === tokens.length - 1 || t.length <= RANKING.prefixWordUpTo) {
				let taken = 0;
				for (const [len, bucket] of vocabByLength) {
					if (len <= t.length) continue;
					for (const w of bucket) {
						if (!w.startsWith(t)) continue;
						for (const s of wordIndex.get(w) ?? []) add(s, RANKING.titlePrefix);
						for (const s of contextIndex.get(w) ?? []) add(s, RANKING.contextPrefix);
						if (++taken > RANKING.maxPrefixWords) break;
					}
				}
			}
			if (t.length >= RANKING.editMinLength) {
				const max = t.length <= RANKING.oneEditUpTo ? 1 : 2;
				for (let len = t.length - max; len <= t.length + max; len++) {
					for (const w of vocabByLength.get(len) ?? []) {
						if (w === t || (w[0] !== t[0] && w[1] !== t[1] && w[0] !== t[1])) continue;
						const d = editDistance(t, w, max);
						if (d > max) continue;
						for (const s of wordIndex.get(w) ?? []) add(s, RANKING.editWord - RANKING.perEdit * d);
						for (const s of contextIndex.get(w) ?? []) add(s, RANKING.contextEdit);
					}
				}
			}
		}
		const kept: number[] = [];
		for (const s of touched) {
			const slot = slots[s]!;
			if (slot.alive && (!filters.length || passes(slot.record, filters))) kept.push(s);
		}
		// Only the best `max` are needed: find the cut-off in linear time, then sort those few.
		const cut = kept.length > max ? kthLargest(kept.map((s) => hits[s] ?? 0), max) : -Infinity;
		const best = kept.filter((s) => (hits[s] ?? 0) >= cut).map((slot) => ({ slot, hits: hits[slot] ?? 0 }));
		best.sort((a, b) => b.hits - a.hits || slots[a.slot]!.record.order - slots[b.slot]!.record.order);
		for (const s of touched) hits[s] = 0;
		return best.slice(0, max);
	}
}
