/**
 * What a query asks of the postings: each posting list it adds up (a shared
 * trigram, a whole word of the title, the topic path or About text, a
 * prefix's words, a misspelt word's neighbours, a topic title the query's
 * words cover) with the total weight the query gives it. A record's stage-one score is the sum
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

/** One query word's lists, and the vocabulary words it stands for (itself, what it begins, its near misses). */
interface WordLists {
	lists: ListWeights;
	covers: Set<string>;
}

/** Words remembered before the memo starts over: a few phrases' worth of keystrokes. */
const MEMO_SIZE = 512;

function addTo(out: ListWeights, posting: Posting | undefined, weight: number): void {
	const list = listOf(posting);
	if (list) out.set(list, (out.get(list) ?? 0) + weight);
}

/** A query's weighted posting lists, with each word's remembered. */
export class QueryLists {
	private readonly memo = new Map<string, WordLists>();
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
		const covers: Set<string>[] = [];
		for (const [i, t] of tokens.entries()) {
			const asPrefix = i === tokens.length - 1 || t.length <= RANKING.prefixWordUpTo;
			const word = this.word(t, asPrefix);
			for (const [list, w] of word.lists) addTo(out, list, w);
			covers.push(word.covers);
		}
		if (text.length >= RANKING.fuseMinLength) this.phrases(tokens, covers, out);
		return out;
	}

	/**
	 * The topic titles the query's words cover, each weighing `placePhrase` per word covered. A word
	 * of a title is covered by a query word, one the word being typed begins, or one within the edit
	 * budget; a title counts when `phraseMinWords` of its words are covered (`attention sinks` covers
	 * `Week 1: Attention sinks`, not `Attention`). One query word counts only for the title that is
	 * that word, and the query run together for the title run together (`flashattention`).
	 */
	private phrases(tokens: string[], covers: Set<string>[], out: ListWeights): void {
		const { phrasesByWord, phraseWords, phraseIndex, phrasesByCompact } = this.vocab;
		const found = new Map<string, number>();
		const runTogether = phrasesByCompact.get(tokens.join(''));
		if (runTogether) found.set(runTogether, phraseWords.get(runTogether)!.length);
		if (tokens.length >= RANKING.phraseMinWords) {
			const covered = (w: string): boolean => covers.some((c) => c.has(w));
			for (const c of covers) {
				for (const w of c) {
					for (const p of phrasesByWord.get(w) ?? []) {
						if (found.has(p)) continue;
						let n = 0;
						for (const pw of phraseWords.get(p)!) if (covered(pw)) n++;
						found.set(p, n >= RANKING.phraseMinWords ? n : 0);
					}
				}
			}
		}
		for (const [p, n] of found) if (n) addTo(out, phraseIndex.get(p), RANKING.placePhrase * n);
	}

	/** One query word's lists: the word itself, the words it begins (when `asPrefix`) and its near misses. */
	private word(t: string, asPrefix: boolean): WordLists {
		const key = `${asPrefix ? '>' : '='}${t}`;
		const known = this.memo.get(key);
		if (known) return known;
		const { wordIndex, placeIndex, aboutIndex, contextIndex, vocabByLength, phrasesByWord } = this.vocab;
		const lists: ListWeights = new Map();
		// The words that may cover a topic title's word: a begun or misspelt word only from three letters on.
		const covers = new Set<string>();
		if (phrasesByWord.has(t)) covers.add(t);
		const covering = t.length >= RANKING.editMinLength;
		addTo(lists, wordIndex.get(t), RANKING.titleWord);
		addTo(lists, placeIndex.get(t), RANKING.placeWord);
		addTo(lists, aboutIndex.get(t), RANKING.aboutWord);
		addTo(lists, contextIndex.get(t), RANKING.contextWord);
		if (asPrefix) {
			let taken = 0;
			for (const [len, bucket] of vocabByLength) {
				if (len <= t.length) continue;
				for (const w of bucket) {
					if (!w.startsWith(t)) continue;
					addTo(lists, wordIndex.get(w), RANKING.titlePrefix);
					addTo(lists, placeIndex.get(w), RANKING.placePrefix);
					addTo(lists, aboutIndex.get(w), RANKING.aboutPrefix);
					addTo(lists, contextIndex.get(w), RANKING.contextPrefix);
					if (covering && phrasesByWord.has(w)) covers.add(w);
					// The cap leaves only this length's bucket: past it, each longer length still adds its first word (as the stage always has).
					if (++taken > RANKING.maxPrefixWords) break;
				}
			}
		}
		if (covering) {
			const max = t.length <= RANKING.oneEditUpTo ? 1 : 2;
			for (let len = t.length - max; len <= t.length + max; len++) {
				for (const w of vocabByLength.get(len) ?? []) {
					if (w === t || (w[0] !== t[0] && w[1] !== t[1] && w[0] !== t[1])) continue;
					const d = editDistance(t, w, max);
					if (d > max) continue;
					addTo(lists, wordIndex.get(w), RANKING.editWord - RANKING.perEdit * d);
					addTo(lists, placeIndex.get(w), RANKING.placeEdit);
					addTo(lists, aboutIndex.get(w), RANKING.aboutEdit);
					addTo(lists, contextIndex.get(w), RANKING.contextEdit);
					if (phrasesByWord.has(w)) covers.add(w);
				}
			}
		}
		const out = { lists, covers };
		this.memo.set(key, out);
		return out;
	}
}
