/**
 * The "Mentions:" line a fetch adds with an abstract: the vault's concepts and
 * topics the abstract names, as links, on one line of the note's About callout
 * (Syllabus's own part), right after the callout's other lines. Decided here
 * once, so the plugin and the CLI write the same line. A note's own topics
 * (its `topics` property) are linked already and are left out; a line that is
 * there already is replaced, never doubled. It never reads or writes the
 * reader's text outside the callout.
 */
import { linkTarget, LinkResolver } from '../note/wikilinks';
import { basenameOf } from '../note/names';
import { ID_KEY, idRole } from '../note/schema';
import { distinctive, type MentionTarget } from '../mentions/find';
import { mentionedKeys, mentionsLine } from '../mentions/suggest';
import type { ScannedNote } from '../vault/types';
import { SAID_HEADER } from '../note/render';

/** What the mention finder needs about a vault: its concept and topic notes, and how to link them. */
export interface MentionContext {
	targets: MentionTarget[];
	resolver: LinkResolver;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** The concept and topic notes of a scan, by their names and aliases, keyed by path. */
export function mentionContext(notes: readonly ScannedNote[], files: Iterable<string>): MentionContext {
	const targets: MentionTarget[] = [];
	for (const n of notes) {
		if ('error' in n) continue;
		const id = n.properties[ID_KEY];
		const role = typeof id === 'string' ? idRole(id) : undefined;
		if (role !== 'concept' && role !== 'topic') continue;
		const title = basenameOf(n.path);
		// A topic named by one plain word (`Framework`, `Training`) reads as an ordinary word in an
		// abstract: Link concepts only offers it unchecked, and a suggestion line leaves it out.
		if (role === 'topic' && !distinctive(title)) continue;
		targets.push({ key: n.path, title, aliases: strings(n.properties.aliases) });
	}
	return { targets, resolver: new LinkResolver(files) };
}

/** The "Mentions:" line for a note's abstract, or undefined when it names none of the vault's concepts or topics. */
export function abstractMentionsLine(
	ctx: MentionContext,
	note: { path: string; properties: Record<string, unknown> },
	abstract: string,
): string | undefined {
	const own = new Set(strings(note.properties.topics).map((t) => ctx.resolver.resolve(linkTarget(t) ?? t)));
	const targets = ctx.targets.filter((t) => t.key !== note.path && !own.has(t.key));
	return mentionsLine(mentionedKeys(abstract, targets).map((p) => ctx.resolver.link(p)));
}

/** The callout's header and its quoted lines. */
const CALLOUT = new RegExp(`${SAID_HEADER}\\n((?:>[^\\n]*(?:\\n|$))*)`, 'm');

/**
 * The note's text with `line` as the About callout's "Mentions:" line, after
 * its other lines or in place of the one there; null if there is no callout.
 */
export function withMentions(text: string, line: string): string | null {
	const m = CALLOUT.exec(text);
	if (!m) return null;
	const start = m.index + m[0].length - m[1]!.length;
	const lines = m[1] ? m[1].replace(/\n$/, '').split('\n') : [];
	const at = lines.findIndex((l) => /^> Mentions: /.test(l));
	if (at >= 0) lines[at] = `> ${line}`;
	else {
		let end = lines.length;
		while (end > 0 && /^>\s*$/.test(lines[end - 1]!)) end--;
		lines.splice(end, 0, `> ${line}`);
	}
	const tail = m[1]!.endsWith('\n') ? '\n' : '';
	return `${text.slice(0, start)}${lines.join('\n')}${tail}${text.slice(m.index + m[0].length)}`;
}
