/**
 * Concepts an abstract mentions, suggested on a new resource note as a line
 * "Mentions: [[RoPE]], [[KV cache]]" in the part Syllabus writes, never in the
 * reader's text: the reader decides what to link in their own notes.
 */
import { findMentions, type MentionTarget } from './find';

/** The keys of the targets a text mentions, each once, in order of first mention. */
export function mentionedKeys(text: string, targets: MentionTarget[]): string[] {
	return [...new Set(findMentions(text, targets).map((m) => m.key))];
}

/** The line that suggests them, or undefined when there are none. */
export function mentionsLine(links: string[]): string | undefined {
	return links.length ? `Mentions: ${links.join(', ')}` : undefined;
}
