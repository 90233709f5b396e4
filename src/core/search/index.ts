/**
 * The picker's search engine, built for 50,000 resources. fuse.js ranks, but
 * over every record it costs 110–320 ms a keystroke at 10k (perf-anchors.md),
 * so a cheap candidate stage comes first: character trigrams (which also catch
 * run-together queries like `flashattention`), word prefixes for what is being
 * typed, and words within one or two edits of a query word (`atention`,
 * `lroa`, `transfromer`). At most a few hundred candidates reach fuse.js.
 * Records are updated one at a time; nothing is rebuilt per keystroke.
 */
import Fuse, { type FuseResult } from 'fuse.js';
import type { Catalog, Kind, Status } from '../types';
import { matchRanges } from './highlight';
import { parseQuery, type QueryFilter } from './query';

/** What the picker searches. */
export interface SearchRecord {
	id: string;
	type: 'resource' | 'concept';
	title: string;
	aliases: string[];
	/** Titles of the topics it is filed under, outermost to innermost. */
	topics: string[];
	/** For display: `Attention › Flash Attention`. */
	topicPath: string;
	kind?: Kind;
	status: Status;
	url?: string;
	lists: string[];
	/** Bibliographic properties, for `author:` and `year:` and the detail line. */
	authors?: string[];
	year?: number;
	venue?: string;
	/** Position in study order, for Next up and empty queries. */
	order: number;
	/** `authors · year · venue` from fetched metadata. */
	detail?: string;
}

/** The bibliographic fields of a record, only those the resource has. */
export function bibliography(r: { authors?: string[]; year?: number; venue?: string }): Pick<SearchRecord, 'authors' | 'year' | 'venue'> {
	return { ...(r.authors?.length ? { authors: r.authors } : {}), ...(r.year !== undefined ? { year: r.year } : {}), ...(r.venue ? { venue: r.venue } : {}) };
}

/** The picker's detail line for a resource: `authors · year · venue`, or '' when it has none. */
export function bibliographyLine(r: Pick<SearchRecord, 'authors' | 'year' | 'venue'>): string {
	const authors = r.authors?.length ? (r.authors.length > 3 ? `${r.authors.slice(0, 3).join(', ')} et al.` : r.authors.join(', ')) : '';
	return [authors, r.year !== undefined ? String(r.year) : '', r.venue ?? ''].filter(Boolean).join(' · ');
}

/** One answer to a query. */
export interface SearchResult {
	record: SearchRecord;
	/** Lower is better. */
	score: number;
	/** Inclusive ranges of `record.title` to highlight. */
	titleMatches: [number, number][];
}

/** How far behind the best result a result may score and still be shown. */
const TAIL = 0.35;

/** Most candidates handed to fuse.js: enough for typos to surface, few enough to stay within a frame. */
const MAX_CANDIDATES = 150;

/** Lower-case, no accents, words separated by single spaces. */
export function normalize(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function trigrams(word: string, out: Set<string>): void {
	const w = ` ${word} `;
	for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
}

/** Damerau–Levenshtein distance, giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1);
		row[0] = i;
		rows.push(row);
	}
	for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		let best = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = d;
			if (d < best) best = d;
		}
		if (best > max) return max + 1;
	}
	return rows[a.length]![b.length]!;
}

interface Slot {
	record: SearchRecord;
	compact: string;
	alive: boolean;
}

interface FuseDoc {
	slot: number;
	title: string;
	compact: string;
	aliases: string[];
	topics: string[];
}

/** The k-th largest of some numbers (quickselect), so a ranking needs no full sort. */
export function kthLargest(values: number[], k: number): number {
	const a = values.slice();
	let lo = 0;
	let hi = a.length - 1;
	const target = k - 1;
	while (lo < hi) {
		const pivot = a[(lo + hi) >> 1]!;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i]! > pivot) i++;
			while (a[j]! < pivot) j--;
			if (i <= j) {
				const t = a[i]!;
				a[i] = a[j]!;
				a[j] = t;
				i++;
				j--;
			}
		}
		if (target <= j) hi = j;
		else if (target >= i) lo = i;
		else break;
	}
	return a[target]!;
}

/** The range of the `word`-th word of a title, `length` characters long. */
function prefixRange(title: string, word: number, length: number): [number, number][] {
	const m = [...title.matchAll(/[\p{L}\p{N}]+/gu)][word];
	return m?.index !== undefined ? [[m.index, m.index + Math.min(length, m[0].length) - 1]] : [];
}

function push(index: Map<string, number[]>, key: string, slot: number): void {
	const list = index.get(key);
	if (list) list.push(slot);
	else index.set(key, [slot]);
}

function urlWords(url: string | undefined): string {
	if (!url) return '';
	return url.replace(/^https?:\/\/(?:www\.)?/, '').replace(/[?#].*$/, '');
}

/** A search index over study items. */
export class SearchIndex {
	private slots: Slot[] = [];
	private byId = new Map<string, number>();
	private gramIndex = new Map<string, number[]>();
	/** Words of titles and aliases: what people search for. */
	private wordIndex = new Map<string, number[]>();
	/** Words of topics and URLs: they narrow, but weigh less than a title. */
	private contextIndex = new Map<string, number[]>();
	/** Vocabulary bucketed by word length, for edit-distance look-ups. */
	private vocabByLength = new Map<number, Set<string>>();
	private hits = new Float32Array(0);

	constructor(records: SearchRecord[]) {
		for (const r of records) this.upsert(r);
	}

	/** An index of a catalog's resources and concepts, in catalog order. */
	static fromCatalog(catalog: Catalog): SearchIndex {
		const pathText = (paths: string[][]): { topics: string[]; topicPath: string } => ({
			topics: [...new Set(paths.flat())],
			topicPath: paths[0]?.join(' › ') ?? '',
		});
		let order = 0;
		const records: SearchRecord[] = [
			...catalog.resources.map((r): SearchRecord => ({ id: r.id, type: 'resource', title: r.title, aliases: r.aliases, ...pathText(r.topics), kind: r.kind, status: r.status, url: r.url, lists: [], ...bibliography(r), order: order++ })),
			...catalog.concepts.map((c): SearchRecord => ({ id: c.id, type: 'concept', title: c.title, aliases: c.aliases, ...pathText(c.topics), status: c.status, lists: [], order: order++ })),
		];
		return new SearchIndex(records);
	}

	/** Number of live records. */
	get size(): number {
		return this.byId.size;
	}

	/** Add a record, or replace the one with the same id. */
	upsert(record: SearchRecord): void {
		const old = this.byId.get(record.id);
		if (old !== undefined) this.slots[old]!.alive = false;
		const own = [...new Set([record.title, ...record.aliases].map(normalize).join(' ').split(' ').filter(Boolean))];
		const context = [...new Set(`${record.topics.map(normalize).join(' ')} ${normalize(urlWords(record.url))}`.split(' ').filter((w) => w && !own.includes(w)))];
		const compact = normalize(record.title).replace(/ /g, '');
		const gramSet = new Set<string>();
		for (const w of own) trigrams(w, gramSet);
		trigrams(compact, gramSet);
		const slot = this.slots.length;
		this.slots.push({ record, compact, alive: true });
		this.byId.set(record.id, slot);
		for (const g of gramSet) push(this.gramIndex, g, slot);
		for (const w of own) this.addWord(this.wordIndex, w, slot);
		for (const w of context) this.addWord(this.contextIndex, w, slot);
	}

	private addWord(index: Map<string, number[]>, word: string, slot: number): void {
		// Numbers (ids in URLs, years) are looked up exactly, never by prefix or edit distance.
		if (!/^\d+$/.test(word) && !this.wordIndex.has(word) && !this.contextIndex.has(word)) {
			const bucket = this.vocabByLength.get(word.length);
			if (bucket) bucket.add(word);
			else this.vocabByLength.set(word.length, new Set([word]));
		}
		push(index, word, slot);
	}

	/** Remove a record. Its postings stay until they are skipped as dead. */
	remove(id: string): void {
		const slot = this.byId.get(id);
		if (slot === undefined) return;
		this.slots[slot]!.alive = false;
		this.byId.delete(id);
	}

	/** Change one record's status: no index entry depends on it. */
	setStatus(id: string, status: Status): void {
		const slot = this.byId.get(id);
		if (slot !== undefined) this.slots[slot]!.record = { ...this.slots[slot]!.record, status };
	}

	/** Change one record's place in study order. */
	setOrder(id: string, order: number): void {
		const slot = this.byId.get(id);
		if (slot !== undefined && this.slots[slot]!.record.order !== order) this.slots[slot]!.record = { ...this.slots[slot]!.record, order };
	}

	/** The record with this id. */
	get(id: string): SearchRecord | undefined {
		const slot = this.byId.get(id);
		return slot === undefined ? undefined : this.slots[slot]!.record;
	}

	private live(): Slot[] {
		return this.slots.filter((s) => s.alive);
	}

	/** The first `n` to-do records in study order. */
	nextUp(n: number): SearchRecord[] {
		return this.live()
			.map((s) => s.record)
			.filter((r) => r.status === 'todo')
			.sort((a, b) => a.order - b.order)
			.slice(0, n);
	}

	private passes(r: SearchRecord, filters: QueryFilter[]): boolean {
		for (const f of filters) {
			let ok: boolean;
			if (f.field === 'status') ok = f.values.includes(r.status);
			else if (f.field === 'kind') ok = f.values.includes(r.type === 'concept' ? 'concept' : r.kind ?? 'other');
			else if (f.field === 'year') ok = r.year !== undefined && f.values.includes(String(r.year));
			else if (f.field === 'author') {
				const names = (r.authors ?? []).map(normalize);
				ok = f.values.some((v) => names.some((n) => n.split(' ').some((w) => w.startsWith(normalize(v))) || n.includes(normalize(v))));
			} else {
				const names = (f.field === 'topic' ? r.topics : r.lists).map(normalize);
				ok = f.values.some((v) => {
					const nv = normalize(v);
					// A misspelt topic still finds it (`#atention`), as free words do.
					const slack = nv.length >= 8 ? 2 : nv.length >= 4 ? 1 : 0;
					return names.some((n) => n === nv || n.startsWith(nv) || n.replace(/ /g, '') === nv.replace(/ /g, '') || (slack > 0 && editDistance(n, nv, slack) <= slack));
				});
			}
			if (ok === f.negate) return false;
		}
		return true;
	}

	/** Candidate slots for free text that pass the filters, with their stage-one score, best first. */
	private candidates(text: string, filters: QueryFilter[], max: number): { slot: number; hits: number }[] {
		if (this.hits.length < this.slots.length) this.hits = new Float32Array(Math.max(this.slots.length, this.hits.length * 2));
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
		for (const g of queryGrams) for (const s of this.gramIndex.get(g) ?? []) add(s, 1);
		for (const [i, t] of tokens.entries()) {
			const exact = this.wordIndex.get(t);
			// A whole word weighs more than many shared trigrams: words are what people type.
			if (exact) for (const s of exact) add(s, 8);
			for (const s of this.contextIndex.get(t) ?? []) add(s, 2);
			// The word being typed is a prefix; earlier words may be too when short.
			if (i === tokens.length - 1 || t.length <= 3) {
				let taken = 0;
				for (const [len, bucket] of this.vocabByLength) {
					if (len <= t.length) continue;
					for (const w of bucket) {
						if (!w.startsWith(t)) continue;
						for (const s of this.wordIndex.get(w) ?? []) add(s, 4);
						for (const s of this.contextIndex.get(w) ?? []) add(s, 1);
						if (++taken > 200) break;
					}
				}
			}
			if (t.length >= 3) {
				const max = t.length <= 5 ? 1 : 2;
				for (let len = t.length - max; len <= t.length + max; len++) {
					for (const w of this.vocabByLength.get(len) ?? []) {
						if (w === t || (w[0] !== t[0] && w[1] !== t[1] && w[0] !== t[1])) continue;
						const d = editDistance(t, w, max);
						if (d > max) continue;
						for (const s of this.wordIndex.get(w) ?? []) add(s, 7 - 2 * d);
						for (const s of this.contextIndex.get(w) ?? []) add(s, 1);
					}
				}
			}
		}
		const kept: number[] = [];
		for (const s of touched) {
			const slot = this.slots[s]!;
			if (slot.alive && (!filters.length || this.passes(slot.record, filters))) kept.push(s);
		}
		// Only the best `max` are needed: find the cut-off in linear time, then sort those few.
		const cut = kept.length > max ? kthLargest(kept.map((s) => hits[s] ?? 0), max) : -Infinity;
		const best = kept.filter((s) => (hits[s] ?? 0) >= cut).map((slot) => ({ slot, hits: hits[slot] ?? 0 }));
		best.sort((a, b) => b.hits - a.hits || this.slots[a.slot]!.record.order - this.slots[b.slot]!.record.order);
		for (const s of touched) hits[s] = 0;
		return best.slice(0, max);
	}

	/** Search with the picker's query syntax. An empty text lists items in study order. */
	search(query: string, limit = 50): SearchResult[] {
		const { text: raw, filters } = parseQuery(query);
		const text = normalize(raw);
		if (!text) {
			const rank: Record<Status, number> = { todo: 0, reading: 1, done: 2, skipped: 3 };
			return this.live()
				.map((s) => s.record)
				.filter((r) => this.passes(r, filters))
				.sort((a, b) => rank[a.status] - rank[b.status] || a.order - b.order)
				.slice(0, limit)
				.map((record) => ({ record, score: 0, titleMatches: [] }));
		}
		// fuse.js costs grow with the pattern; a longer query is also more selective, so it gets fewer candidates.
		const stage = this.candidates(text, filters, text.length <= 4 ? MAX_CANDIDATES : text.length <= 10 ? 100 : 60);
		if (!stage.length) return [];
		const picked = stage.map((c) => c.slot);
		const stageOne = new Map(stage.map((c) => [c.slot, c.hits]));
		// One or two letters say too little for fuzzy ranking: word prefixes and study order decide.
		if (text.length <= 2) {
			return stage.slice(0, limit).map(({ slot }) => {
				const r = this.slots[slot]!.record;
				const at = normalize(r.title).split(' ').findIndex((w) => w.startsWith(text));
				return { record: r, score: 0, titleMatches: at >= 0 ? prefixRange(r.title, at, text.length) : [] };
			});
		}
		const docs: FuseDoc[] = picked.map((s) => {
			const r = this.slots[s]!.record;
			return { slot: s, title: r.title, compact: this.slots[s]!.compact, aliases: r.aliases, topics: r.topics };
		});
		// Weighted title and ignoreFieldNorm ranked the intended item first in perf-anchors.md's tests.
		const fuse = new Fuse(docs, {
			keys: [
				{ name: 'title', weight: 3 },
				{ name: 'compact', weight: 3 },
				{ name: 'aliases', weight: 2 },
				{ name: 'topics', weight: 1 },
			],
			ignoreLocation: true,
			ignoreFieldNorm: true,
			includeScore: true,
			threshold: 0.45,
		});
		const ranked = fuse.search(raw.trim());
		const byFuse = new Map<number, FuseResult<FuseDoc>>(ranked.map((r) => [r.item.slot, r]));
		const top = stageOne.get(picked[0]!) || 1;
		// Blend fuse's score with the candidate stage's, which knows about the whole-word
		// edits fuse.js punishes (`lroa` for `LoRA`): both have a say in the order.
		const scored = picked.map((s) => {
			const f = byFuse.get(s);
			const fuseScore = f?.score ?? 1;
			const stage = 1 - (stageOne.get(s) ?? 0) / top;
			return { s, score: fuseScore * 0.55 + stage * 0.45 };
		});
		scored.sort((a, b) => a.score - b.score || this.slots[a.s]!.record.order - this.slots[b.s]!.record.order);
		// The noisy tail goes: results far behind the best are not what was meant.
		const best = scored[0]?.score ?? 0;
		return scored.filter((x) => x.score <= best + TAIL).slice(0, limit).map(({ s, score }) => ({
			record: this.slots[s]!.record,
			score,
			// The query's own words decide the highlight: fuse.js's ranges stray (see highlight.ts).
			titleMatches: matchRanges(this.slots[s]!.record.title, raw),
		}));
	}
}
