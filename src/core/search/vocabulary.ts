/**
 * The records and what the candidate stage looks them up by: each record's
 * slot, trigram postings, whole-word postings kept apart by where the word
 * is (title and aliases; the topic path and list lines; the About text; the
 * URL), each topic title as a phrase, and the vocabulary by word length for
 * prefix and edit-distance look-ups. Records are added one at a time; a
 * replaced or removed record's slot is marked dead and its postings skipped.
 */
import { post, trimAll, type Posting } from './postings';
import type { SearchRecord } from './record';
import { normalize, trigrams, urlWords } from './text';

/** The distinct normalized words of `texts` that none of `but` has. */
function wordsBut(texts: readonly string[], but: Set<string>[]): string[] {
	const out = new Set<string>();
	for (const t of texts) for (const w of normalize(t).split(' ')) if (w && !but.some((b) => b.has(w))) out.add(w);
	return [...out];
}

/** Slots, postings and vocabulary. */
export class Vocabulary {
	/** Each slot's record; undefined once replaced or removed, so the old record is not kept. */
	readonly records: (SearchRecord | undefined)[] = [];
	/** Each slot's normalized title without spaces, for run-together queries ('' once dead). */
	readonly compacts: string[] = [];
	readonly byId = new Map<string, number>();
	readonly gramIndex = new Map<string, Posting>();
	/** Words of titles and aliases: what people search for. */
	readonly wordIndex = new Map<string, Posting>();
	/** Words of the topic path and of list lines that called it otherwise: where it sits, below its own names. */
	readonly placeIndex = new Map<string, Posting>();
	/** Words of the About callout: mentioned, below where it sits. */
	readonly aboutIndex = new Map<string, Posting>();
	/** Words of URLs: they narrow, but say least. */
	readonly contextIndex = new Map<string, Posting>();
	/** Each topic title (normalized) as a phrase: the records filed under it. */
	readonly phraseIndex = new Map<string, Posting>();
	/** Each topic title's words, and the titles each word is in: what the query's words cover (query-lists.ts). */
	readonly phraseWords = new Map<string, string[]>();
	readonly phrasesByWord = new Map<string, string[]>();
	/** Each topic title without spaces, for run-together queries (`flashattention`). */
	readonly phrasesByCompact = new Map<string, string>();
	/** Vocabulary bucketed by word length, for edit-distance look-ups. */
	readonly vocabByLength = new Map<number, Set<string>>();
	/** Counts additions: any kept per-query state built on the postings is stale once it moves. */
	postingsVersion = 0;
	/** Counts any change to a record (added, removed, status, order): kept filter results are stale once it moves. */
	recordsVersion = 0;
	/** Live slots in study order, built when first needed after a change of order. */
	private ordered: number[] | undefined;

	/** Add a record, or replace the one with the same id. */
	upsert(record: SearchRecord): void {
		const old = this.byId.get(record.id);
		if (old !== undefined) this.kill(old);
		const title = normalize(record.title);
		const ownSet = new Set(`${title} ${record.aliases.map(normalize).join(' ')}`.split(' ').filter(Boolean));
		const own = [...ownSet];
		const place = wordsBut([...record.topics, ...record.listed], [ownSet]);
		const placeSet = new Set(place);
		const about = wordsBut(record.about, [ownSet, placeSet]);
		const context = wordsBut([urlWords(record.url)], [ownSet, placeSet, new Set(about)]);
		const phrases = [...new Set(record.topics.map(normalize).filter(Boolean))];
		const compact = title.replace(/ /g, '');
		const gramSet = new Set<string>();
		for (const w of own) trigrams(w, gramSet);
		trigrams(compact, gramSet);
		const slot = this.records.length;
		this.postingsVersion++;
		this.recordsVersion++;
		this.ordered = undefined;
		this.records.push(record);
		this.compacts.push(compact);
		this.byId.set(record.id, slot);
		for (const g of gramSet) post(this.gramIndex, g, slot);
		for (const w of own) this.addWord(this.wordIndex, w, slot);
		for (const w of place) this.addWord(this.placeIndex, w, slot);
		for (const w of about) this.addWord(this.aboutIndex, w, slot);
		for (const w of context) this.addWord(this.contextIndex, w, slot);
		for (const p of phrases) this.addPhrase(p, slot);
	}

	private addPhrase(phrase: string, slot: number): void {
		if (!this.phraseIndex.has(phrase)) {
			const words = [...new Set(phrase.split(' '))];
			this.phraseWords.set(phrase, words);
			for (const w of words) {
				const known = this.phrasesByWord.get(w);
				if (known) known.push(phrase);
				else this.phrasesByWord.set(w, [phrase]);
			}
			this.phrasesByCompact.set(phrase.replace(/ /g, ''), phrase);
		}
		post(this.phraseIndex, phrase, slot);
	}

	private addWord(index: Map<string, Posting>, word: string, slot: number): void {
		// Numbers (ids in URLs, years) are looked up exactly, never by prefix or edit distance.
		if (!/^\d+$/.test(word) && !this.known(word)) {
			const bucket = this.vocabByLength.get(word.length);
			if (bucket) bucket.add(word);
			else this.vocabByLength.set(word.length, new Set([word]));
		}
		post(index, word, slot);
	}

	/** Whether any word index has the word (so it is in the vocabulary already). */
	private known(word: string): boolean {
		const { wordIndex, placeIndex, aboutIndex, contextIndex } = this;
		return wordIndex.has(word) || placeIndex.has(word) || aboutIndex.has(word) || contextIndex.has(word);
	}

	/** A slot goes dead: its postings stay (skipped), its record and compact title go. */
	private kill(slot: number): void {
		this.records[slot] = undefined;
		this.compacts[slot] = '';
	}

	/** Give back the room the posting lists kept for growth: after a bulk build. */
	trim(): void {
		const { gramIndex, wordIndex, placeIndex, aboutIndex, contextIndex, phraseIndex } = this;
		for (const index of [gramIndex, wordIndex, placeIndex, aboutIndex, contextIndex, phraseIndex]) trimAll(index);
	}

	/** Remove a record. Its postings stay until they are skipped as dead. */
	remove(id: string): void {
		const slot = this.byId.get(id);
		if (slot === undefined) return;
		this.kill(slot);
		this.byId.delete(id);
		this.recordsVersion++;
		this.ordered = undefined;
	}

	/** The live record with this id. */
	get(id: string): SearchRecord | undefined {
		const slot = this.byId.get(id);
		return slot === undefined ? undefined : this.records[slot];
	}

	/** Replace a live record's fields that no posting depends on (status, order). */
	patch(id: string, change: Partial<Pick<SearchRecord, 'status' | 'order'>>): void {
		const slot = this.byId.get(id);
		if (slot === undefined) return;
		this.records[slot] = { ...this.records[slot]!, ...change };
		this.recordsVersion++;
		if (change.order !== undefined) this.ordered = undefined;
	}

	/** Live slots by study order (ties by slot): Next up and empty queries read it from the start. */
	inOrder(): number[] {
		if (!this.ordered) {
			const live: number[] = [];
			for (let s = 0; s < this.records.length; s++) if (this.records[s]) live.push(s);
			this.ordered = live.sort((a, b) => this.records[a]!.order - this.records[b]!.order || a - b);
		}
		return this.ordered;
	}
}
