/**
 * Concepts an abstract mentions, suggested on a new resource note as a line
 * "Mentions: [[RoPE]], [[KV cache]]" in the part Syllabus writes, never in the
 * reader's text: the reader decides what to link in their own notes.
 */
import type { Catalog, Resource } from '../types';
import { findMentions, type MentionTarget } from './find';

/** The keys of the targets a text mentions, each once, in order of first mention. */
export function mentionedKeys(text: string, targets: MentionTarget[]): string[] {
	return [...new Set(findMentions(text, targets).map((m) => m.key))];
}

/** The line that suggests them, or undefined when there are none. */
export function mentionsLine(links: string[]): string | undefined {
	return links.length ? `Mentions: ${links.join(', ')}` : undefined;
}

/**
 * For an import: the "Mentions:" line for a resource whose metadata gives it an
 * abstract, naming the catalog's concepts and topics that have a note (`linkTo`).
 */
export function abstractMentions(catalog: Catalog, linkTo: (id: string) => string | undefined): (r: Resource) => string | undefined {
	let targets: MentionTarget[] | undefined;
	return (r) => {
		const abstract = (r as unknown as { abstract?: unknown }).abstract;
		if (typeof abstract !== 'string' || !abstract.trim()) return undefined;
		targets ??= [...catalog.concepts, ...catalog.topics.map((t) => ({ ...t, aliases: [] }))].filter((c) => linkTo(c.id)).map((c) => ({ key: c.id, title: c.title, aliases: c.aliases }));
		return mentionsLine(mentionedKeys(abstract, targets).map(linkTo).filter((x): x is string => !!x));
	};
}
