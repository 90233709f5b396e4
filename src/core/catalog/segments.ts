/**
 * The first phase of reading an item: its inline parts become a run of text
 * and resource segments. Links that cannot be resources (images, anchors,
 * relative paths, `javascript:`, targets that are not URLs even without their
 * stray spaces) leave their label as words, with a diagnostic where the reader
 * should know; a link right after a credit phrase (`recommended by [Jing](…)`)
 * names a person, not a resource; the first `[[wikilink]]` is the item's
 * target note.
 */
import type { Diagnostic } from '../types';
import { looksLikeUrl } from '../text/clean';
import { canonicalize, type CanonicalUrl, type Canonicalizer } from '../url/canonical';
import { scanInline, type InlineLink, type RefDefs } from '../parse/inline';
import { CREDIT_PHRASE } from '../parse/vocabulary';
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
	/** A badge image wrapped in a link (`[![video](badge.svg)](u)`). */
	badge: boolean;
}

export type Seg = TextSeg | ResSeg;

/** What the segmenting phase found. */
export interface Segments {
	segs: Seg[];
	recommendedBy: string[];
	/** Canonical keys of the links that credited those people. */
	attributed: string[];
	wikiTarget?: string;
	/** The wikilink's alias or target: the concept's title. */
	wikiTitle?: string;
}

/** Where the item is, for diagnostics. */
export interface ItemPlace {
	file: string;
	line: number;
	diagnostics: Diagnostic[];
	/** The list's memo of canonical URLs (plain `canonicalize` without one). */
	canon?: Canonicalizer;
}

// Text ending in a credit phrase (or `via`): the link after it names a person or a source, not a resource.
const CREDIT_TAIL = new RegExp(String.raw`\b(?:${CREDIT_PHRASE}|via)\s*$`, 'i');
// The same phrase with what leads into it (`resources recommended by`), removed once the person is taken.
const CREDIT_LEAD = new RegExp(String.raw`\s*(?:resources?\s+)?(?:${CREDIT_PHRASE}|via)\s*$`, 'i');
const UNSAFE_SCHEME = /^\s*(?:javascript|data|vbscript)\s*:/i;

/** Split an item's text into text and resource segments, taking credits and the wikilink target aside. */
export function segmentItem(raw: string, place: ItemPlace, refs?: RefDefs): Segments {
	const out: Segments = { segs: [], recommendedBy: [], attributed: [] };
	const { segs } = out;
	for (const p of scanInline(raw, refs)) {
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
		const canon = resourceUrl(link, place);
		if (!canon) {
			pushText(segs, link.label ?? '');
			continue;
		}
		const before = segs[segs.length - 1];
		if (before?.type === 'text' && CREDIT_TAIL.test(before.text)) {
			const who = cleanTitle(link.label ?? '');
			out.recommendedBy.push(who && !looksLikeUrl(who) ? who : canon.host);
			out.attributed.push(canon.key);
			before.text = before.text.replace(CREDIT_LEAD, ' ');
			continue;
		}
		segs.push({ type: 'res', canon, ...(link.label !== undefined ? { label: link.label } : {}), bare: link.label === undefined, badge: link.badge !== undefined });
	}
	return out;
}

function pushText(segs: Seg[], text: string): void {
	const last = segs[segs.length - 1];
	if (last?.type === 'text') last.text += text;
	else segs.push({ type: 'text', text });
}

/** The canonical URL a link may be a resource at, or undefined (reported where the reader should know). */
function resourceUrl(link: InlineLink, { file, line, diagnostics, canon: canonOf = canonicalize }: ItemPlace): CanonicalUrl | undefined {
	const target = link.target.trim();
	if (UNSAFE_SCHEME.test(target)) {
		diagnostics.push({ file, line, severity: 'error', message: `Link with a ${target.split(':')[0]!.trim().toLowerCase()}: target is never followed or imported.` });
		return undefined;
	}
	// Anchors, relative paths, mailto: — not resources; the label stays as words.
	if (!/^(?:https?:)?\/\//i.test(target) && !/^https?:/i.test(target)) return undefined;
	let canon = canonOf(target);
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
