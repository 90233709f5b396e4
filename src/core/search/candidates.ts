/**
 * The candidate stage in front of fuse.js: over 50,000 records fuse.js alone
 * costs hundreds of milliseconds a keystroke, so each record first scores by
 * cheap look-ups — shared trigrams (which also catch run-together queries),
 * whole words, prefixes of the word being typed, and words within one or two
 * edits of a query word (`atention`, `lroa`, `transfromer`) — and only the
 * best few hundred reach fuse.js. Weights are in `weights.ts`.
 *
 * A keystroke rescores from the last one: a record's score is the sum of
 * the weights of the posting lists it is in (`query-lists.ts`), so only the
 * lists whose weight changed are walked, adding the difference. This is not
 * narrowing to the last keystroke's candidates — a longer query can find
 * records a shorter one did not (`lro` → `lroa` reaches `LoRA` by one edit;
 * `s` → `sp` shares `sp ` with `wasp`) — and it gives exactly the scores a
 * fresh search gives, which the tests check keystroke by keystroke.
 */
import { passes } from './filters';
import type { QueryFilter } from './query';
import type { PostingList } from './postings';
import { QueryLists, type ListWeights } from './query-lists';
import { TopK } from './top';
import type { Vocabulary } from './vocabulary';

/** A candidate and its stage-one score (higher is better). */
export interface Candidate {
	slot: number;
	hits: number;
}

/** Scores records into buffers kept from one query to the next. */
export class CandidateStage {
	private readonly lists: QueryLists;
	private hits = new Float64Array(0);
	/** 1 for slots in `touched`. */
	private seen = new Uint8Array(0);
	/** Every slot whose score may be non-zero. */
	private touched: number[] = [];
	/** The lists and weights `hits` holds the sum of. */
	private current: ListWeights = new Map();
	private version = -1;
	/** Whether each slot passes the last filters (0 unknown, 1 yes, 2 no), and for which filters. */
	private passCache = new Uint8Array(0);
	private passKey = '';

	constructor(private readonly vocab: Vocabulary) {
		this.lists = new QueryLists(vocab);
	}

	/** Candidate slots for normalized free text that pass the filters, with their stage-one score, best first. */
	run(text: string, filters: QueryFilter[], max: number): Candidate[] {
		this.score(this.lists.of(text));
		return this.select(filters, max);
	}

	/** A test of whether a slot passes the filters, remembered per slot until a record or the filters change. */
	passing(filters: QueryFilter[]): (slot: number) => boolean {
		if (!filters.length) return () => true;
		const key = `${this.vocab.recordsVersion}:${JSON.stringify(filters)}`;
		if (key !== this.passKey || this.passCache.length < this.vocab.records.length) {
			this.passKey = key;
			this.passCache = new Uint8Array(this.vocab.records.length);
		}
		const cache = this.passCache;
		const records = this.vocab.records;
		return (slot) => {
			let known = cache[slot]!;
			if (!known) {
				known = passes(records[slot]!, filters) ? 1 : 2;
				cache[slot] = known;
			}
			return known === 1;
		};
	}

	/** Bring `hits` to the sums for `next`, by the difference from the last query or afresh, whichever walks fewer postings. */
	private score(next: ListWeights): void {
		const n = this.vocab.records.length;
		if (this.hits.length < n || this.version !== this.vocab.postingsVersion) {
			// A record was added: postings grew, so the kept sums are stale.
			const size = Math.max(n, this.hits.length);
			this.hits = new Float64Array(size);
			this.seen = new Uint8Array(size);
			this.touched = [];
			this.current = new Map();
			this.version = this.vocab.postingsVersion;
		}
		let fresh = this.touched.length;
		let diff = 0;
		for (const [list, w] of next) {
			fresh += list.length;
			if (this.current.get(list) !== w) diff += list.length;
		}
		for (const list of this.current.keys()) if (!next.has(list)) diff += list.length;
		if (diff <= fresh) {
			for (const [list, w] of next) {
				const was = this.current.get(list) ?? 0;
				if (was !== w) this.add(list, w - was);
			}
			for (const [list, w] of this.current) if (!next.has(list)) this.add(list, -w);
		} else {
			for (const s of this.touched) {
				this.hits[s] = 0;
				this.seen[s] = 0;
			}
			this.touched = [];
			for (const [list, w] of next) this.add(list, w);
		}
		this.current = next;
	}

	private add(list: PostingList, w: number): void {
		const { hits, seen, touched } = this;
		const ids = Array.isArray(list) ? list : list.ids;
		for (let i = 0; i < list.length; i++) {
			const s = ids[i]!;
			if (!seen[s]) {
				seen[s] = 1;
				touched.push(s);
			}
			hits[s] = hits[s]! + w;
		}
	}

	/** The best `max` live, passing slots by score, then study order, then slot; dropping zeros from `touched` as it goes. */
	private select(filters: QueryFilter[], max: number): Candidate[] {
		const { hits, seen, touched } = this;
		const records = this.vocab.records;
		// Stage weights are whole numbers, so sums compare exactly, however they were reached.
		const better = (a: number, b: number): boolean => {
			const d = hits[a]! - hits[b]!;
			if (d !== 0) return d > 0;
			const o = records[a]!.order - records[b]!.order;
			return o !== 0 ? o < 0 : a < b;
		};
		const top = new TopK(max, better);
		const filtering = filters.length > 0;
		const ok = this.passing(filters);
		// Below the worst kept score nothing can get in: most slots stop at that one comparison.
		let floor = -Infinity;
		let kept = 0;
		for (let i = 0; i < touched.length; i++) {
			const s = touched[i]!;
			const h = hits[s]!;
			if (h === 0) {
				seen[s] = 0;
				continue;
			}
			touched[kept++] = s;
			if (h < floor || !records[s] || (filtering && !ok(s))) continue;
			top.offer(s);
			const worst = top.floor;
			if (worst !== undefined) floor = hits[worst]!;
		}
		touched.length = kept;
		return top.sorted().map((slot) => ({ slot, hits: hits[slot]! }));
	}
}
