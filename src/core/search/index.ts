/**
 * The picker's search engine, built for 50,000 resources: a candidate stage
 * (`candidates.ts`) over the records' trigrams, words and vocabulary
 * (`vocabulary.ts`) picks at most a few hundred, which fuse.js ranks
 * (`rank.ts`); the query syntax is `query.ts`, every weight `weights.ts`.
 * Records are updated one at a time; nothing is rebuilt per keystroke.
 */
import { STATUSES, type Catalog, type Status } from '../types';
import { CandidateStage } from './candidates';
import { parseQuery, type QueryFilter } from './query';
import { rankFuzzy, rankShort } from './rank';
import { bibliography, type SearchRecord, type SearchResult } from './record';
import { normalize } from './text';
import { catalogWhereabouts, placeTopics } from './where';
import { Vocabulary } from './vocabulary';
import { candidateCap, RANKING } from './weights';

export { bibliography, bibliographyLine, type MatchReason, type SearchRecord, type SearchResult } from './record';
export { reasonText } from './reason';
export { listedAs, placeLines, placeTopics, SHOWN_PLACES, type Whereabouts } from './where';
export { editDistance, normalize } from './text';

/** A search index over study items. */
export class SearchIndex {
	private readonly vocab = new Vocabulary();
	private readonly stage = new CandidateStage(this.vocab);

	constructor(records: SearchRecord[]) {
		for (const r of records) this.upsert(r);
		this.vocab.trim();
	}

	/** An index of a catalog's resources and concepts, in catalog order, each where its lists' entries put it. */
	static fromCatalog(catalog: Catalog): SearchIndex {
		const where = catalogWhereabouts(catalog);
		const whereOf = (id: string, paths: string[][]): Pick<SearchRecord, 'places' | 'listed' | 'topics' | 'lists'> => {
			const w = where.get(id);
			const places = w?.places ?? [];
			const innermost = paths.map((p) => p[p.length - 1]!).filter(Boolean);
			const lists = [...new Set(places.map((p) => p.listTitle))];
			return { places, listed: w?.listed ?? [], topics: placeTopics(places, innermost), lists };
		};
		let order = 0;
		const records: SearchRecord[] = [
			...catalog.resources.map((r): SearchRecord => ({
				id: r.id, type: 'resource', title: r.title, aliases: r.aliases, ...whereOf(r.id, r.topics), about: [],
				kind: r.kind, status: r.status, url: r.url, ...bibliography(r), order: order++,
			})),
			...catalog.concepts.map((c): SearchRecord => ({
				id: c.id, type: 'concept', title: c.title, aliases: c.aliases, ...whereOf(c.id, c.topics), about: [],
				status: c.status, order: order++,
			})),
		];
		return new SearchIndex(records);
	}

	/** Number of live records. */
	get size(): number {
		return this.vocab.byId.size;
	}

	/** Add a record, or replace the one with the same id. */
	upsert(record: SearchRecord): void {
		this.vocab.upsert(record);
	}

	/** Remove a record. Its postings stay until they are skipped as dead. */
	remove(id: string): void {
		this.vocab.remove(id);
	}

	/** Change one record's status: no index entry depends on it. */
	setStatus(id: string, status: Status): void {
		this.vocab.patch(id, { status });
	}

	/** Change one record's place in study order. */
	setOrder(id: string, order: number): void {
		if (this.vocab.get(id)?.order !== order) this.vocab.patch(id, { order });
	}

	/** The record with this id. */
	get(id: string): SearchRecord | undefined {
		return this.vocab.get(id);
	}

	/** The first `n` to-do records in study order. */
	nextUp(n: number): SearchRecord[] {
		const out: SearchRecord[] = [];
		for (const s of this.vocab.inOrder()) {
			if (out.length >= n) break;
			const r = this.vocab.records[s]!;
			if (r.status === 'todo') out.push(r);
		}
		return out;
	}

	/** Records that pass the filters, to-do first, then reading, done, skipped; each in study order. */
	private listed(filters: QueryFilter[], limit: number): SearchResult[] {
		const byStatus: SearchRecord[][] = STATUSES.map(() => []);
		const ok = this.stage.passing(filters);
		for (const s of this.vocab.inOrder()) {
			// Once `limit` to-do items are found, nothing later can come before them.
			if (byStatus[0]!.length >= limit) break;
			if (!ok(s)) continue;
			const r = this.vocab.records[s]!;
			const at = STATUSES.indexOf(r.status);
			byStatus[at < 0 ? STATUSES.length - 1 : at]!.push(r);
		}
		return byStatus.flat().slice(0, limit).map((record) => ({ record, score: 0, titleMatches: [] }));
	}

	/** Search with the picker's query syntax. An empty text lists items in study order. */
	search(query: string, limit = 50): SearchResult[] {
		const { text: raw, filters } = parseQuery(query);
		const text = normalize(raw);
		if (!text) return this.listed(filters, limit);
		const stage = this.stage.run(text, filters, candidateCap(text.length));
		if (!stage.length) return [];
		if (text.length < RANKING.fuseMinLength) return rankShort(this.vocab, stage, text, limit);
		return rankFuzzy(this.vocab, stage, raw, limit);
	}
}
