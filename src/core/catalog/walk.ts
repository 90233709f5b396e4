/**
 * The walk of one list's outline: each node read (`resolve.ts`) and placed
 * in the store (`place.ts`) under the path of topics around it. The rules of
 * what is a topic live here (`sections.ts` says which sections add a level):
 * headings and folds that group readings are topics; a section or an item
 * that holds exactly one reading with no name of its own names that reading
 * instead; items of furniture or contents are left out and counted; a
 * sentence is never a concept.
 */
import type { ListEntry, OutlineNode } from '../types';
import { finishTitle } from '../text/title';
import { hasLink } from '../parse/lines';
import type { ResourceDraft } from './resolve';
import { metaFromNotes } from './meta-words';
import { ItemPlacer } from './place';
import { addsNoLevel, furnitureSection, headingTitle, isField, isSentence } from './sections';
import { kindFromUrl } from '../url/kind';
import { pushUnique } from './store';
import { cleanLine, cleanTitle } from './words';

/** A link anywhere in a node or under it: such a node is read as an item, not kept as words. */
export function hasLinkDeep(node: OutlineNode): boolean {
	if (hasLink(node.text)) return true;
	if (node.cells?.some((c) => hasLink(c.value))) return true;
	return node.children.some(hasLinkDeep);
}

/**
 * Name a reading by the heading over it. What a heading adds after ` | ` (`CS231n | Stanford | Spring 2019`) says
 * where and when, not what: it is a note.
 */
function nameByHeading(draft: ResourceDraft, title: string): void {
	const bar = title.indexOf(' | ');
	const head = bar > 0 && /\p{L}/u.test(title.slice(0, bar)) ? title.slice(0, bar) : title;
	draft.title = finishTitle(head).title || head;
	draft.titleFrom = 'heading';
	if (head !== title) draft.notes.unshift(title.slice(bar + 3));
}

/** A section's words, cleaned, for the rules that look at its title before it is read. */
function titleOf(node: OutlineNode): string {
	return cleanTitle(node.text);
}

/** A node and its children as note lines. */
function flattenText(node: OutlineNode): string[] {
	const own = cleanLine(node.text);
	return [...(own ? [own] : []), ...node.children.flatMap(flattenText)];
}

/** Walks one list's outline, keeping the path of topics around each node. */
export class ListWalker extends ItemPlacer {
	/** Items whose links a section's own page took as its own: not read again as readings. */
	private readonly absorbed = new Set<OutlineNode>();

	walk(nodes: OutlineNode[], path: string[], lines: number[], into: ListEntry[], rec: string[] = []): void {
		let prose = false;
		for (const node of this.adopt(nodes)) {
			// Items without links after words ending in a colon (`Those partners might be:`) finish that sentence: words, not concepts.
			if (prose && node.type === 'item' && !hasLinkDeep(node)) this.visitText(node, into);
			else this.visit(node, path, lines, into, rec);
			if (node.type === 'text') prose = /:\s*$/.test(node.text);
			else if (node.type !== 'item' || hasLinkDeep(node)) prose = false;
		}
	}

	/**
	 * An empty section followed by sections at its own level that add no level (`### Multimodal reasoning` then
	 * `### 2025`, `### 2024`) is their parent, as its writer meant: they are moved under it.
	 */
	private adopt(nodes: OutlineNode[]): OutlineNode[] {
		if (!nodes.some((n) => n.type === 'heading' && !n.children.length)) return nodes;
		const out: OutlineNode[] = [];
		for (const n of nodes) {
			const host = out[out.length - 1];
			const empty = host?.type === 'heading' && host.children.every((c) => c.type === 'heading' && c.level === host.level);
			if (empty && n.type === 'heading' && n.level === host.level && n.level! <= 6 && addsNoLevel(n, titleOf(n), this.ctx)) host.children.push(n);
			else out.push(n);
		}
		return out;
	}

	private topicEntry(title: string, node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		const childPath = [...path, title];
		const childLines = [...lines, node.line];
		const entry: ListEntry = { ref: { type: 'topic', id: this.store.topicId(title) }, title, line: node.line, children: [] };
		into.push(entry);
		this.walk(node.children, childPath, childLines, entry.children, rec);
		if (!this.store.hasTopic(entry.ref.type === 'topic' ? entry.ref.id : '')) entry.ref = { type: 'text' };
		else this.store.ensureTopics(childPath, childLines, this.list.file, this.list);
	}

	/** Classify a node: a code block or a plain text line is a note, a heading a section, a row a table row, the rest an item. */
	private visit(node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		if (this.absorbed.has(node)) return;
		if (node.type === 'code') this.list.notes.push({ line: node.line, text: node.text });
		else if (node.type === 'heading') this.visitHeading(node, path, lines, into, rec);
		else if (node.type === 'text' && !hasLinkDeep(node)) this.visitText(node, into);
		else if (node.type === 'table-row') this.visitRow(node, path, lines, into, rec);
		else this.visitItem(node, path, lines, into, rec);
	}

	/** A heading is a section (a topic), unless it groups nothing of its own or names the one reading it holds; a credit in it credits everything under it. */
	private visitHeading(node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		const reading = this.read(node);
		const childRec = reading.recommendedBy.length ? reading.recommendedBy : rec;
		this.badgesLeftOut(reading);
		const title = headingTitle(node, reading);
		if (reading.resources.length) {
			// A heading that links a resource names it; with words of its own it is also a section.
			const at = title ? [...path, title] : path;
			this.placeResources(reading, node, at, into, childRec, title ? [...lines, node.line] : lines);
			if (title) this.topicEntry(title, node, path, lines, into, childRec);
			else this.walk(node.children, path, lines, into, childRec);
			return;
		}
		if (!title || addsNoLevel(node, title, this.ctx)) {
			this.walk(node.children, path, lines, into, childRec);
			return;
		}
		const furniture = furnitureSection(title);
		if (furniture) {
			this.leaveOut(node.children, furniture);
			return;
		}
		if (this.nameSoleReading(title, node, path, lines, into, childRec)) return;
		this.nameOwnPage(title, node);
		this.topicEntry(title, node, path, lines, into, childRec);
	}

	/**
	 * A section whose first line is a link that only says what it is (`[Website](…) | Instructor: …`), over
	 * readings of its own, opens with its own page, as a heading that links it does: the title names that page.
	 */
	private nameOwnPage(title: string, node: OutlineNode): void {
		const first = node.children.find((c) => c.type !== 'text' || hasLinkDeep(c));
		if (first?.type !== 'item' || first.origin !== 'paragraph' || first !== node.children.find((c) => c.type !== 'code')) return;
		const r = this.read(first);
		const page = r.resources[0];
		if (r.resources.length !== 1 || page!.title !== undefined || !page!.labelled || (r.badges?.length ?? 0) > 1) return;
		nameByHeading(page!, title);
		// Links after it that only say what they are (`- [Lecture Series](…)`) are that page's own.
		for (const c of node.children) {
			if (c === first || !hasLinkDeep(c) || !this.isPart(c)) continue;
			for (const d of this.read(c).resources) for (const u of [d.canon.url, ...d.links]) if (u !== page!.canon.url) pushUnique(page!.links, u);
			this.absorbed.add(c);
		}
	}

	/**
	 * A section or item whose only reading has no name in the list (`## Caltech CS156` over `[Link to Course](…)`,
	 * a bold title over a bare URL) is that reading: the title names it, the other words under it are its notes. Returns
	 * whether it was.
	 */
	private nameSoleReading(title: string, node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): boolean {
		const found: OutlineNode[] = [];
		let listItems = 0;
		for (const child of node.children) {
			if (child.type === 'item' && child.origin !== 'paragraph' && !isField(child.text)) listItems++;
			if (child.type === 'code' || (child.type === 'text' && !hasLinkDeep(child))) continue;
			if (child.type === 'heading' || child.type === 'table-row') {
				if (hasLinkDeep(child)) return false;
				continue;
			}
			const r = this.read(child);
			if (!r.resources.length) {
				if (child.children.some(hasLinkDeep)) return false;
				continue;
			}
			// A row of badges (`[![Awesome]…] [![License]…]`) is the page's decoration, not one work's banner.
			if (r.resources.some((d) => d.title !== undefined) || child.children.some(hasLinkDeep) || (r.badges?.length ?? 0) > 1) return false;
			found.push(child);
		}
		if (!found.length) return false;
		const drafts = found.flatMap((n) => this.read(n).resources);
		// Links that only say what they are (`Course website: …`, `Lecture playlist: …`) are one work's; bare addresses are each a reading.
		if (drafts.length > 1 && !drafts.every((d) => d.labelled)) return false;
		// A list item among other items of the list is one of them: its siblings are things to study, not its description.
		if (found.some((n) => n.origin !== 'paragraph' && !isField(n.text)) && listItems > found.length) return false;
		// Of several links that only say what they are, the paper is the reading (`Project:`, `Paper:`, `Code:`).
		const sole = found.find((n) => kindFromUrl(this.read(n).resources[0]!.canon) === 'paper') ?? found[0]!;
		const reading = this.read(sole);
		const draft = reading.resources[0]!;
		for (const d of drafts) if (d !== draft) for (const u of [d.canon.url, ...d.links]) pushUnique(draft.links, u);
		reading.resources.length = 1;
		nameByHeading(draft, title);
		const at = node.children.indexOf(sole);
		// What comes before the reading describes it, and so do its fields after it (`Key concepts: …`); the rest is the list's again.
		const describes = (c: OutlineNode, k: number): boolean => !found.includes(c) && c.type !== 'code' && (k < at || (c.type === 'item' && isField(c.text) && !hasLinkDeep(c)));
		for (const [k, child] of node.children.entries()) if (describes(child, k)) for (const n of flattenText(child)) pushUnique(draft.notes, n);
		for (const n of sole.children.flatMap(flattenText)) pushUnique(draft.notes, n);
		const meta = metaFromNotes(draft.meta, draft.notes);
		if (meta) draft.meta = meta;
		this.placeResources(reading, sole, path, into, rec, lines);
		this.walk(node.children.filter((c, k) => k > at && !found.includes(c) && !describes(c, k)), path, lines, into, rec);
		return true;
	}

	/** An item under a reading whose links only say what they are (no names, each labelled), with nothing under it: a part of that reading. */
	private isPart(node: OutlineNode): boolean {
		if (node.type !== 'item' || node.children.some(hasLinkDeep)) return false;
		const r = this.read(node);
		return r.resources.length > 0 && r.resources.every((d) => d.title === undefined && d.labelled);
	}

	/** Words with no link anywhere under them: a note of the list, kept in its place. */
	private visitText(node: OutlineNode, into: ListEntry[]): void {
		const text = cleanLine(node.text.replace(/\n/g, ' '));
		if (!text) return;
		this.list.notes.push({ line: node.line, text: node.text });
		into.push({ ref: { type: 'text' }, title: text, line: node.line, children: [] });
	}

	/** An item: its resources (children without links are their notes), a section if items with links hang under it, or a concept. */
	private visitItem(node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		const reading = this.read(node);
		this.badgesLeftOut(reading);
		if (reading.resources.length) {
			// Children without links are the readings' notes (a byline, a venue, a summary).
			const notes = node.children.filter((c) => !hasLinkDeep(c)).flatMap(flattenText);
			// Children whose links only say what they are (`- [Lecture notes](…)`, `- Slides: …`) are the reading's own parts.
			const parts = node.children.filter((c) => hasLinkDeep(c) && this.isPart(c));
			const last = reading.resources[reading.resources.length - 1]!;
			for (const p of parts) for (const d of this.read(p).resources) for (const u of [d.canon.url, ...d.links]) if (u !== last.canon.url) pushUnique(last.links, u);
			for (const d of reading.resources) {
				for (const n of notes) pushUnique(d.notes, n);
				const meta = metaFromNotes(d.meta, notes);
				if (meta) d.meta = meta;
			}
			const entry = this.placeResources(reading, node, path, into, rec, lines);
			for (const child of node.children) if (hasLinkDeep(child) && !parts.includes(child)) this.visit(child, path, lines, entry.children, rec);
			return;
		}
		if (reading.furniture || !reading.title) {
			this.walk(node.children, path, lines, into, rec);
			return;
		}
		const structural = node.children.filter((c) => c.type !== 'text' || hasLinkDeep(c));
		if (structural.length) {
			if (!this.nameSoleReading(reading.title, node, path, lines, into, rec)) this.topicEntry(reading.title, node, path, lines, into, rec);
			return;
		}
		if (isSentence(cleanLine(node.text.replace(/\n/g, ' ')))) {
			this.visitText(node, into);
			return;
		}
		reading.notes.push(...node.children.flatMap(flattenText));
		this.store.ensureTopics(path, lines, this.list.file, this.list);
		const concept = this.store.addConcept(reading, path, this.source(node), this.list);
		if (concept) into.push({ ref: { type: 'concept', id: concept.id }, title: reading.title, line: node.line, children: [] });
	}

}
