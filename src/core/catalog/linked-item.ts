/**
 * An item with resource links as the later phases of reading it look at it:
 * its segments, each link's own name (cleaned once), and the words before the
 * first link and after the last.
 */
import { isGenericLabel, looksLikeUrl } from '../text/clean';
import type { ResSeg, Seg } from './segments';
import { cleanTitle } from './words';

/** The text segments from `from` to `to`, joined. */
export function textOf(segs: Seg[], from: number, to: number): string {
	const parts: string[] = [];
	for (let k = from; k < to; k++) {
		const s = segs[k]!;
		if (s.type === 'text') parts.push(s.text);
	}
	return parts.join(' ');
}

/** An item with resource links, as the later phases look at it: its labels (each cleaned once) and the words around its links. */
export class LinkedItem {
	/** Each label is cleaned once: cleaning is the costliest step of reading an item. */
	private readonly labels = new Map<ResSeg, string | undefined>();
	/** A badge (`[![video](badge.svg)](u)`) names its target only when the item has nothing else. */
	private readonly onlyBadges: boolean;
	readonly firstRes: number;
	/** The words before the first link and after the last one. */
	readonly beforeText: string;
	readonly afterText: string;

	constructor(
		readonly segs: Seg[],
		readonly res: ResSeg[],
		/** Every word of the item, labels included: the kind hint and the rating read it. */
		readonly allText: string,
	) {
		this.onlyBadges = res.every((s) => s.badge);
		this.firstRes = segs.findIndex((s) => s.type === 'res');
		let lastRes = segs.length - 1;
		while (segs[lastRes]!.type !== 'res') lastRes--;
		this.beforeText = textOf(segs, 0, this.firstRes);
		this.afterText = textOf(segs, lastRes + 1, segs.length);
	}

	/** A link's own name, if it has one that names something (not a generic label, a URL or a stray badge). */
	labelOf(s: ResSeg): string | undefined {
		if (s.label === undefined || (s.badge && !this.onlyBadges)) return undefined;
		if (this.labels.has(s)) return this.labels.get(s);
		const t = cleanTitle(s.label);
		const label = t && !isGenericLabel(t) && !looksLikeUrl(t) ? t : undefined;
		this.labels.set(s, label);
		return label;
	}

	text(from: number, to: number): string {
		return textOf(this.segs, from, to);
	}

	/** At least five words with letters before the first link: the links are named inside a sentence. */
	inSentence(): boolean {
		return /\p{L}/u.test(this.beforeText) && this.text(0, this.segs.length).split(/\s+/).filter(Boolean).length >= 5;
	}
}
