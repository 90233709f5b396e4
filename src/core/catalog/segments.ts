/**
 * The first phase of reading an item: its inline parts become a run of text
 * and link segments, each link given its role by what it reads
 * (`roles.ts`). Furniture (profiles, sponsor, newsletter, licence,
 * contributing, star history, the list's own repository, image files) and
 * navigation (in-page anchors) are set aside and counted; links that cannot
 * be resources (relative paths without a base, `mailto:`) leave their label
 * as words, unsafe schemes with a diagnostic; a link right after a credit
 * phrase (`recommended by [Jing](…)`, `by [Ada](…)`) names a person; the
 * first `[[wikilink]]` is the item's target note.
 */
import type { Diagnostic } from '../types';
import { looksLikeUrl } from '../text/clean';
import type { CanonicalUrl } from '../url/canonical';
import type { InlineLink } from '../parse/inline';
import { CREDIT_PHRASE } from '../parse/vocabulary';
import type { ListContext } from './context';
import { furnitureOf, type FurnitureKind } from './roles';
import { cleanTitle } from './words';

export interface TextSeg {
	type: 'text';
	text: string;
}

export interface ResSeg {
	type: 'res';
	canon: CanonicalUrl;
	label?: string;
	/** A bare URL, no link text. */
	bare: boolean;
	/** A link whose only content is an image (`[![arXiv](badge.svg)](u)`). */
	badge: boolean;
}

export type Seg = TextSeg | ResSeg;

/** A link left out of the readings, and why. */
export interface LeftOut {
	url: string;
	label: string;
	kind: FurnitureKind | 'contents';
	line: number;
}

/** What the segmenting phase found. */
export interface Segments {
	segs: Seg[];
	recommendedBy: string[];
	/** Canonical keys of the links that credited those people. */
	attributed: string[];
	/** Links set aside as furniture, and in-page anchors (`contents`). */
	leftOut: LeftOut[];
	/** The item held a link of any kind (a reading, furniture, an anchor). */
	linked: boolean;
	wikiTarget?: string;
	/** The wikilink's alias or target: the concept's title. */
	wikiTitle?: string;
}

/** Where the item is, for diagnostics. */
export interface ItemPlace {
	line: number;
	diagnostics: Diagnostic[];
}

// Text ending in a credit phrase (or `via`, `by`): the link after it names a person or a source, not a resource.
const CREDIT_TAIL = new RegExp(String.raw`(?:\b(?:${CREDIT_PHRASE}|via)|(?:^|[\s(])(?:by|author|authors|editor|maintainer|maintained by|created by|written by|made by)\s*:?)\s*$`, 'i');
// The same phrase with what leads into it (`resources recommended by`), removed once the person is taken.
const CREDIT_LEAD = new RegExp(String.raw`\s*(?:resources?\s+)?(?:${CREDIT_PHRASE}|via|by|author|authors|editor|maintainer|maintained by|created by|written by|made by)\s*:?\s*$`, 'i');
const UNSAFE_SCHEME = /^\s*(?:javascript|data|vbscript)\s*:/i;

/** Split an item's text into text and resource segments, taking credits, furniture and the wikilink target aside. */
export function segmentItem(raw: string, place: ItemPlace, ctx: ListContext): Segments {
	const out: Segments = { segs: [], recommendedBy: [], attributed: [], leftOut: [], linked: false };
	const { segs } = out;
	const { parts, canons, words } = ctx.links(raw);
	for (let k = 0; k < parts.length; k++) {
		const p = parts[k]!;
		if (p.type === 'text') {
			pushText(segs, p.text);
			continue;
		}
		if (p.type === 'wiki') {
			if (!out.wikiTarget) {
				out.wikiTarget = p.target.split('#')[0]!.trim() || p.target;
				out.wikiTitle = p.alias ?? out.wikiTarget;
			}
			pushText(segs, p.alias ?? p.target);
			continue;
		}
		const link = p.link;
		if (link.image) continue;
		const label = link.label ?? '';
		if (link.target.trim().startsWith('#')) {
			out.linked = true;
			out.leftOut.push({ url: link.target.trim(), label: cleanTitle(label), kind: 'contents', line: place.line });
			pushText(segs, label);
			continue;
		}
		const canon = resourceUrl(link, place, ctx, canons[k]);
		if (!canon) {
			// A badge that leads nowhere (`[![No code](…)]()`) says nothing; a text link's words stay words.
			if (link.badge === undefined) pushText(segs, label);
			continue;
		}
		out.linked = true;
		const before = segs[segs.length - 1];
		if (before?.type === 'text' && CREDIT_TAIL.test(before.text) && !ctx.keep(canon.url)) {
			const who = cleanTitle(label);
			out.recommendedBy.push(who && !looksLikeUrl(who) ? who : canon.host);
			out.attributed.push(canon.key);
			// The person's page is not a reading: the report lists it with the profiles.
			out.leftOut.push({ url: canon.url, label: who, kind: 'profile', line: place.line });
			before.text = before.text.replace(CREDIT_LEAD, ' ');
			continue;
		}
		const badge = link.badge !== undefined;
		const furniture = furnitureOf(canon, label, ctx, words[k]);
		if (furniture && !ctx.keep(canon.url)) {
			out.leftOut.push({ url: canon.url, label: cleanTitle(label), kind: furniture, line: place.line });
			if (!badge) pushText(segs, label);
			continue;
		}
		// One shape for every segment (no spread of optional fields): readers of many items stay fast.
		const seg: ResSeg = { type: 'res', canon, bare: link.label === undefined, badge };
		if (link.label !== undefined) seg.label = link.label;
		segs.push(seg);
	}
	return out;
}

function pushText(segs: Seg[], text: string): void {
	const last = segs[segs.length - 1];
	if (last?.type === 'text') last.text += text;
	else segs.push({ type: 'text', text });
}

/**
 * The canonical URL a link may be a resource at, or undefined (reported where the reader should know). `known` is
 * what the context pass found for the target as written (null: no valid address), undefined if it did not look.
 */
function resourceUrl(link: InlineLink, { line, diagnostics }: ItemPlace, ctx: ListContext, known: CanonicalUrl | null | undefined): CanonicalUrl | undefined {
	const { file, canon: canonOf } = ctx;
	let target = link.target.trim();
	if (UNSAFE_SCHEME.test(target)) {
		diagnostics.push({ file, line, severity: 'error', message: `Link with a ${target.split(':')[0]!.trim().toLowerCase()}: target is never followed or imported.` });
		return undefined;
	}
	// A path relative to the list is a file beside it: an address only where the list's own address is known.
	if (!/^(?:https?:)?\/\//i.test(target) && !/^https?:/i.test(target)) {
		if (!ctx.base || /^[a-z][\w+.-]*:/i.test(target) || !target) return undefined;
		target = resolveRelative(target, ctx.base);
		if (!target) return undefined;
	}
	let canon = known !== undefined && target === link.target ? (known ?? undefined) : canonOf(target);
	// Papers on one notes page, told apart by their anchors, are readings of their own: the anchor stays in the address.
	const hash = target.indexOf('#');
	if (canon && hash > 0 && hash < target.length - 1 && ctx.byAnchor(canon.key)) {
		const anchor = target.slice(hash);
		canon = { ...canon, url: canon.url + anchor, key: canon.key + anchor };
	}
	if (!canon && /\s/.test(target)) {
		canon = canonOf(target.replace(/\s+/g, ''));
		diagnostics.push(
			canon
				? { file, line, severity: 'warning', message: `Link target "${target}" had a stray space; read as ${canon.url}.` }
				: { file, line, severity: 'error', message: `Link target "${target}" is not a valid URL, even without its spaces; skipped.` },
		);
	} else if (!canon) {
		diagnostics.push({ file, line, severity: 'error', message: `Link target "${target.slice(0, 200)}" is not a valid URL; skipped.` });
	}
	return canon;
}

/** A relative link as an absolute address against the list's own, or '' when it cannot be one. */
export function resolveRelative(target: string, base: string): string {
	try {
		return new URL(target, base).href;
	} catch {
		return '';
	}
}
