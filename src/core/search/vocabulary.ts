/**
 * The records and what the candidate stage looks them up by: each record's
 * slot, trigram postings, whole-word postings (title and aliases apart from
 * topics and URL words) and the vocabulary by word length for prefix and
 * edit-distance look-ups. Records are added one at a time; a replaced or
 * removed record's slot is marked dead and its postings skipped.
 */
import type { SearchRecord } from './record';
import { normalize, trigrams, urlWords } from './text';

/** One record's place in the index. */
export interface Slot {
	record: SearchRecord;
	/** The normalized title without spaces, for run-together queries. */
	compact: string;
	alive: boolean;
}

function push(index: Map<string, number[]>, key: string, slot: number): void {
	const list = index.get(key);
	if (list) list.push(slot);
	else index.set(key, [slot]);
}

/** Slots, postings and vocabulary. */
export class Vocabulary {
	readonly slots: Slot[] = [];
	readonly byId = new Map<string, number>();
	readonly gramIndex = new Map<string, number[]>();
	/** Words of titles and aliases: what people search for. */
	readonly wordIndex = new Map<string, number[]>();
	/** Words of topics and URLs: they narrow, but weigh less than a title. */
	readonly contextIndex = new Map<string, number[]>();
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
		if (old !== undefined) this.slots[old]!.alive = false;
		const own = [...new Set([record.title, ...record.aliases].map(normalize).join(' ').split(' ').filter(Boolean))];
		const context = [...new Set(`${record.topics.map(normalize).join(' ')} ${normalize(urlWords(record.url))}`.split(' ').filter((w) => w && !own.includes(w)))];
		const compact = normalize(record.title).replace(/ /g, '');
		const gramSet = new Set<string>();
		for (const w of own) trigrams(w, gramSet);
		trigrams(compact, gramSet);
		const slot = this.slots.length;
		this.postingsVersion++;
		this.recordsVersion++;
		this.ordered = undefined;
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
		this.recordsVersion++;
		this.ordered = undefined;
	}

	/** The live record with this id. */
	get(id: string): SearchRecord | undefined {
		const slot = this.byId.get(id);
		return slot === undefined ? undefined : this.slots[slot]!.record;
	}

	/** Replace a live record's fields that no posting depends on (status, order). */
	patch(id: string, change: Partial<Pick<SearchRecord, 'status' | 'order'>>): void {
		const slot = this.byId.get(id);
		if (slot === undefined) return;
		this.slots[slot]!.record = { ...this.slots[slot]!.record, ...change };
		this.recordsVersion++;
		if (change.order !== undefined) this.ordered = undefined;
	}

	/** Live slots by study order (ties by slot): Next up and empty queries read it from the start. */
	inOrder(): number[] {
		if (!this.ordered) {
			const live: number[] = [];
			for (let s = 0; s < this.slots.length; s++) if (this.slots[s]!.alive) live.push(s);
			this.ordered = live.sort((a, b) => this.slots[a]!.record.order - this.slots[b]!.record.order || a - b);
		}
		return this.ordered;
	}
}
