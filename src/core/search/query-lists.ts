/**
 * What a query asks of the postings: each posting list it adds up (a shared
 * trigram, a whole word, a prefix's words, a misspelt word's neighbours) with
 * the total weight the query gives it. A record's stage-one score is the sum
 * of the weights of the lists it is in, so two queries' scores differ only by
 * the lists whose weight changed — which is what lets the candidate stage
 * rescore the next keystroke from the last one. A word's lists are
 * remembered, so the words typed before the last one cost nothing again.
 */
import { listOf, type Posting, type PostingList } from './postings';
import { editDistance, trigrams } from './text';
import type { Vocabulary } from './vocabulary';
import { RANKING } from './weights';

/** Posting lists (by identity) and the total weight a query gives each. */
export type ListWeights = Map<PostingList, number>;

/** Words remembered before the memo starts over: a few phrases' worth of keystrokes. */
const MEMO_SIZE = 512;

function addTo(out: ListWeights, posting: Posting | undefined, weight: number): void {
	const list = listOf(posting);
	if (list) out.set(list, (out.get(list) ?? 0) + weight);
}

/** A query's weighted posting lists, with each word's remembered. */
export class QueryLists {
	private readonly memo = new Map<string, ListWeights>();
	private memoVersion = -1;

	constructor(private readonly vocab: Vocabulary) {}

	/** The lists a normalized query text adds up. */
	of(text: string): ListWeights {
		if (this.memoVersion !== this.vocab.postingsVersion || this.memo.size > MEMO_SIZE) {
			this.memo.clear();
			this.memoVersion = this.vocab.postingsVersion;
		}
		const out: ListWeights = new Map();
		const tokens = text.split(' ').filter(Boolean);
		const queryGrams = new Set<string>();
		for (const t of tokens) trigrams(t, queryGrams);
		if (tokens.length > 1) trigrams(tokens.join(''), queryGrams);
		for (const g of queryGrams) addTo(out, this.vocab.gramIndex.get(g), RANKING.trigram);
		for (const [i, t] of tokens.entries()) {
			const asPrefix = i === tokens.length - 1 || t.length <= RANKING.prefixWordUpTo;
			for (const [list, w] of this.word(t, asPrefix)) addTo(out, list, w);
		}
		return out;
	}

	/** One query word's lists: the word itself, the words it begins (when `asPrefix`) and its near misses. */
	private word(t: string, asPrefix: boolean): ListWeights {
		const key = `${asPrefix ? '>' : '='}${t}`;
		const known = this.memo.get(key);
		if (known) return known;
		const { wordIndex, contextIndex, vocabByLength } = this.vocab;
		const out: ListWeights = new Map();
		addTo(out, wordIndex.get(t), RANKING.titleWord);
		addTo(out, contextIndex.get(t), RANKING.contextWord);
		if (asPrefix) {
			let taken = 0;
			for (const [len, bucket] of vocabByLength) {
				if (len <= t.length) continue;
				for (const w of bucket) {
					if (!w.startsWith(t)) continue;
					addTo(out, wordIndex.get(w), RANKING.titlePrefix);
					addTo(out, contextIndex.get(w), RANKING.contextPrefix);
					// The cap leaves only this length's bucket: past it, each longer length still adds its first word (as the stage always has).
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
					addTo(out, wordIndex.get(w), RANKING.editWord - RANKING.perEdit * d);
					addTo(out, contextIndex.get(w), RANKING.contextEdit);
				}
			}
		}
		this.memo.set(key, out);
		return out;
	}
}
