/**
 * An item's links and words as the resolver (`resolve.ts`) weighs them: the
 * resource links in order, the words before the first and after the last,
 * a venue tag, and each link's own name when it has one.
 */
import { isGenericLabel, labelWords, looksLikeUrl } from '../text/clean';
import { readVenueTag, takeLeadingTags, takeTrailingTag, type VenueTag } from '../text/venue';
import type { ListContext } from './context';
import { githubRepo } from './roles';
import type { ResSeg, Seg } from './segments';
import { cleanTitle, dropTagLists } from './words';

// Words that make a link text a label of the medium or venue (`NIPS paper`, `code/docs`, `article2`).
const LABEL_WORD = /\b(?:paper|code|pdf|slides?|video|docs?|article|blog|project|website|poster|talk|arxiv|github|demo|tweet|thread)\b|\d/i;
// A file's name (`chap01.ipynb`, `slides_3.pdf`): what the link is stored as, not what it is called.
const FILE_NAME = /^[\w.-]{1,60}\.(?:ipynb|pdf|md|html?|py|r|rmd|zip|pptx?|docx?|key|tex|txt|csv|json|mp4)$/i;

/** The text segments from `from` to `to`, one space between them (no array: every item asks several times). */
function textOf(segs: Seg[], from: number, to: number): string {
	let out = '';
	let any = false;
	for (let k = from; k < to; k++) {
		const s = segs[k]!;
		if (s.type !== 'text') continue;
		out = any ? `${out} ${s.text}` : s.text;
		any = true;
	}
	return out;
}

/** An item's links and words as the resolver weighs them. */
export class Candidates {
	readonly res: ResSeg[] = [];
	readonly firstRes: number = -1;
	readonly lastRes: number = -1;
	/** The words before the first link and after the last, venue tags and keyword lists taken out. */
	readonly before: string;
	readonly after: string;
	readonly tag: VenueTag | undefined;
	readonly allText: string;
	/** Every text segment, one space between them. */
	readonly whole: string;

	constructor(readonly segs: Seg[], private readonly ctx: ListContext) {
		let allText = '';
		for (let k = 0; k < segs.length; k++) {
			const s = segs[k]!;
			if (s.type === 'text') {
				allText += s.text;
				continue;
			}
			allText += ` ${s.label ?? ''} `;
			this.res.push(s);
			if (this.firstRes < 0) this.firstRes = k;
			this.lastRes = k;
		}
		this.allText = allText;
		this.whole = textOf(segs, 0, segs.length);
		const lead = takeLeadingTags(textOf(segs, 0, this.firstRes));
		// A tag closes a title on its own line; under a title, `(2017)` belongs to a byline.
		const trail = lead.text.trim().includes('\n') ? { text: lead.text, tag: undefined } : takeTrailingTag(lead.text);
		this.tag = lead.tag ?? trail.tag;
		this.before = dropTagLists(trail.text);
		this.after = textOf(segs, this.lastRes + 1, segs.length);
	}

	/** A link's own name: its words, unless they are a medium, a label repeated across the list, a URL, a venue or a badge's alt text. */
	nameOf(s: ResSeg): string | undefined {
		if (s.label === undefined || s.badge) return undefined;
		// Lists repeat their labels: each one's name is worked out once per list.
		const names = this.ctx.labelNames;
		const known = names.get(s.label);
		if (known !== undefined) return known ?? undefined;
		const t = cleanTitle(s.label);
		const name = t && !isGenericLabel(t) && !looksLikeUrl(t) && !FILE_NAME.test(t) && !this.ctx.repeatedLabel(labelWords(t)) && !readVenueTag(t) && !isGenericLabel(t.replace(/[\d.,:/-]+/g, ' ')) ? t : undefined;
		names.set(s.label, name ?? null);
		return name;
	}

	/** A label that is only a label here: generic, repeated, short, a venue, or a medium word. */
	labelish(s: ResSeg): boolean {
		const l = cleanTitle(s.label ?? '');
		return s.badge || !this.nameOf(s) || l.split(' ').length <= 2 || LABEL_WORD.test(l);
	}

	text(from: number, to: number): string {
		return from === 0 && to === this.segs.length ? this.whole : textOf(this.segs, from, to);
	}

	/** A link to a markdown file in the list's own repository: the reader's note, not the work. */
	ownNote(s: ResSeg): boolean {
		const repo = githubRepo(s.canon);
		return repo !== undefined && this.ctx.ownRepos.has(repo) && /\.(?:md|markdown)$/i.test(s.canon.segments[s.canon.segments.length - 1] ?? '');
	}

	/** At least five words with letters before the first link: the links are named inside a sentence. */
	inSentence(): boolean {
		return /\p{L}/u.test(this.before) && wordCount(this.whole) >= 5;
	}
}

/** Words in a text: runs between spaces, and in Chinese, Japanese and Korean, which write no spaces, one for every two characters. */
export function wordCount(text: string): number {
	let cjk = 0;
	for (const ch of text) if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(ch)) cjk++;
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + Math.floor(cjk / 2);
}

/** Text with a letter or a digit in it, else '' (`🔗`, `→` name nothing). */
export function wordsOnly(text: string): string {
	return /[\p{L}\p{N}]/u.test(text) ? text : '';
}
