/**
 * The concept → papers view before the reader links anything: which resource
 * notes mention each concept in their body, written into the concept note as
 * a generated block between Syllabus's markers. Only that block is ever
 * replaced; a note without one gets it before its `## Notes` heading (or at
 * the end), and only when something mentions the concept.
 */
import { findMentions, type MentionTarget } from './find';
import { beginMarker, blockSpan, BLOCK_END, replaceSpan } from '../note/markers';

/** The opening marker of the block, saying what it is and that it is refreshed. */
export const MENTIONED_IN_BEGIN = beginMarker(
	'resources that mention this; Syllabus refreshes what is between these markers',
);

/** For each target key, the paths of the notes that mention it, in the order given. */
export function mentionIndex(notes: { path: string; text: string }[], targets: MentionTarget[]): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const n of notes) {
		for (const key of new Set(findMentions(n.text, targets, { self: n.path }).map((m) => m.key))) {
			const list = index.get(key);
			if (list) list.push(n.path);
			else index.set(key, [n.path]);
		}
	}
	return index;
}

/** The block listing the notes (as links) that mention a concept. */
export function mentionedInBlock(links: string[]): string {
	const body = links.length ? ['Mentioned in:', ...links.map((l) => `- ${l}`)] : ['No resource note mentions this yet.'];
	return `${MENTIONED_IN_BEGIN}\n${body.join('\n')}\n${BLOCK_END}`;
}

/** A concept note's text with the block in place, or null if nothing changes. */
export function withMentionedIn(text: string, block: string, hasMentions: boolean): string | null {
	const span = blockSpan(text, MENTIONED_IN_BEGIN);
	if (span) {
		const next = replaceSpan(text, span, block);
		return next === text ? null : next;
	}
	if (!hasMentions) return null;
	const notes = /^## Notes[ \t]*$/m.exec(text);
	if (notes) return `${text.slice(0, notes.index)}${block}\n\n${text.slice(notes.index)}`;
	return `${text.replace(/\n*$/, '')}\n\n${block}\n`;
}
