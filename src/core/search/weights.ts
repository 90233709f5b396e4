/**
 * Every number that decides the picker's order, in one table. The candidate
 * stage adds these per record; fuse.js then ranks the best few and the two
 * scores are blended. perf-anchors.md's tests and the benchmark's top-five
 * queries (clean, misspelt, run together) were tuned against these values:
 * change one and run both. The candidate stage's weights are whole numbers:
 * it rescores a keystroke by adding and subtracting them, which is exact
 * only for whole numbers (a test checks).
 */
export const RANKING = {
	/** Per query trigram a record shares: weak alone, but many add up, which is how `flashattention` finds `Flash Attention`. */
	trigram: 1,
	/** A query word that is a whole word of the title or an alias: words are what people type, so one outweighs many shared trigrams. */
	titleWord: 8,
	/** A title word that starts with the word being typed: likely what is meant, less certain than the whole word. */
	titlePrefix: 4,
	/**
	 * A query word that is a word of the item's topic path or of a list line that named it otherwise:
	 * where it sits says less than its own name, more than what its About text mentions.
	 */
	placeWord: 4,
	/** A topic-path or list-line word that starts with the word being typed. */
	placePrefix: 1,
	/** A topic-path or list-line word within the edit budget. */
	placeEdit: 2,
	/**
	 * Per word of a topic title the query's words cover (`attention sinks` covers Week 1: Attention sinks):
	 * the topic path's entry point, so an item named only by its arXiv id is found by the words of its
	 * topic and outscores titles holding one of them. With `placeWord`, a covered word (14) stays below a
	 * title word with its trigrams (8, and about one a letter). Not for queries below `fuseMinLength`.
	 */
	placePhrase: 10,
	/** A topic title the query covers in part counts from this many of its words (`Module 4: Efficient attention`). */
	phraseMinWords: 2,
	/** A query word that is a word of the About callout: mentioned in passing, below the topic path. */
	aboutWord: 3,
	/** An About word that starts with the word being typed, or is within the edit budget. */
	aboutPrefix: 1,
	aboutEdit: 1,
	/** A query word that is a word of the URL: it narrows, but says least about the item. */
	contextWord: 2,
	/** A URL word that starts with the word being typed. */
	contextPrefix: 1,
	/** Earlier words of the query count as prefixes too when this short (`ml sys`): nobody finishes a two-letter word. */
	prefixWordUpTo: 3,
	/** Most vocabulary words one prefix expands to: one letter would otherwise touch every record. */
	maxPrefixWords: 200,
	/** A title word within the edit budget scores this minus `perEdit` per edit: one typo (5) beats a prefix (4), two (3) do not. */
	editWord: 7,
	perEdit: 2,
	/** A URL word within the edit budget: as weak as a context prefix. */
	contextEdit: 1,
	/** Words shorter than this are not matched by edit distance: too many short words are one edit apart. */
	editMinLength: 3,
	/** One edit allowed up to this length, two beyond: `lroa` → `lora`, `transfromer` → `transformer`. */
	oneEditUpTo: 5,
	/**
	 * Most candidates handed to fuse.js by query length: fuse.js's cost grows with the pattern,
	 * and a longer query is more selective, so it needs fewer (150 up to 4 letters, 100 up to 10, 60 beyond).
	 */
	candidates: [
		{ upTo: 4, max: 150 },
		{ upTo: 10, max: 100 },
		{ upTo: Infinity, max: 60 },
	],
	/** Queries shorter than this skip fuse.js: one or two letters say too little for fuzzy ranking, so prefixes and study order decide. */
	fuseMinLength: 3,
	/**
	 * fuse.js's fields by weight: the title (and its run-together form, for `flashattention`) first, then
	 * aliases, the list lines' words, the topic path, and last the About text.
	 */
	fuseKeys: [
		{ name: 'title', weight: 3 },
		{ name: 'compact', weight: 3 },
		{ name: 'aliases', weight: 2 },
		{ name: 'topics', weight: 1 },
		{ name: 'about', weight: 0.5 },
	],
	/** fuse.js's match threshold: loose enough for two typos in a long word, tight enough to drop noise. */
	fuseThreshold: 0.45,
	/** Share of fuse.js's score in the blend: both have a say in the order. */
	fuseShare: 0.55,
	/** Share of the candidate stage's score in the blend: it knows the whole-word edits fuse.js punishes (`lroa` for `LoRA`). */
	stageShare: 0.45,
	/** How far behind the best result a result may score and still be shown: the noisy tail is not what was meant. */
	tail: 0.35,
} as const;

/** How many candidates a query of this many characters hands to fuse.js. */
export function candidateCap(length: number): number {
	return RANKING.candidates.find((c) => length <= c.upTo)!.max;
}
