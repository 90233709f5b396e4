/**
 * fuse.js's score for each candidate, with every distinct text searched
 * once. Candidates share most of their topics, and fuse.js scores a record
 * field by field (its bitap search over each text, then the product of each
 * match's score raised to its field's weight), so the texts are searched as
 * one list of strings and the products formed here the way fuse.js forms
 * them. A test holds the result equal to fuse.js over the records.
 */
import Fuse from 'fuse.js';
import type { Vocabulary } from './vocabulary';
import { RANKING } from './weights';

/** Each field's weight as fuse.js normalises it: its share of the total. */
const TOTAL_WEIGHT = RANKING.fuseKeys.reduce((n, k) => n + k.weight, 0);
const FIELDS = RANKING.fuseKeys.map((k) => ({ name: k.name, weight: k.weight / TOTAL_WEIGHT }));

/** The texts of one field of a slot, as fuse.js reads them (blank ones are skipped). */
function fieldTexts(vocab: Vocabulary, slot: number, field: string): string[] {
	const r = vocab.records[slot]!;
	// What list lines called it is read with where it sits: one field, below the aliases.
	if (field === 'topics' && r.listed.length) return [...r.listed, ...r.topics].filter((t) => t.trim().length > 0);
	const value = field === 'compact' ? vocab.compacts[slot]! : r[field as 'title' | 'aliases' | 'topics' | 'about'];
	return (typeof value === 'string' ? [value] : value).filter((t) => t.trim().length > 0);
}

/**
 * fuse.js's score (lower is better, 1 for no match) for each slot against the pattern.
 * `known` holds the bitap score (or null for no match) of texts already searched for this pattern.
 */
export function fuseScores(vocab: Vocabulary, batch: number[], pattern: string, known: Map<string, number | null>): number[] {
	const fresh = new Set<string>();
	for (const s of batch) for (const f of FIELDS) for (const t of fieldTexts(vocab, s, f.name)) if (!known.has(t)) fresh.add(t);
	if (fresh.size) {
		const texts = [...fresh];
		// A string's score in a list of strings is its bare bitap score (weight 1, no field norm).
		const fuse = new Fuse(texts, { ignoreLocation: true, ignoreFieldNorm: true, includeScore: true, threshold: RANKING.fuseThreshold });
		for (const t of texts) known.set(t, null);
		for (const r of fuse.search(pattern)) known.set(r.item, r.score ?? 0);
	}
	return batch.map((s) => {
		let total = 1;
		let matched = false;
		for (const f of FIELDS) {
			for (const t of fieldTexts(vocab, s, f.name)) {
				const score = known.get(t);
				if (score === null || score === undefined) continue;
				matched = true;
				// As fuse.js: a perfect field match counts as epsilon, so one field cannot zero the product.
				total *= Math.pow(score === 0 && f.weight ? Number.EPSILON : score, f.weight);
			}
		}
		return matched ? total : 1;
	});
}
