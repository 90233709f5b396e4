/**
 * What reading one list found, for the reader to see before trusting it:
 * how many readings and related links, what was left out and why (badges,
 * contents links, profiles…), links the author commented out, and where the
 * readings' titles came from (the list's words, the heading of a section
 * holding only that reading, or the address as a last resort). `syllabus
 * parse`, the import preview and the import report all show this.
 */
import type { ListReport } from '../types';
import type { ResourceDraft } from './resolve';
import type { LeftOut } from './segments';

/** Counts one list's walk as it goes. */
export class ListTally {
	private readonly titles = { list: 0, heading: 0, address: 0 };
	private readings = 0;
	private related = 0;
	private readonly left: LeftOut[] = [];
	private readonly seen = new Set<string>();

	/** A reading placed in the list for the first time. */
	reading(d: ResourceDraft): void {
		this.readings++;
		this.related += d.links.length;
		this.titles[d.title === undefined ? 'address' : (d.titleFrom ?? 'list')]++;
	}

	/** Links an item set aside (each address once per line). */
	leftOut(links: LeftOut[]): void {
		for (const l of links) {
			const key = `${l.line}\u0000${l.url}`;
			if (this.seen.has(key)) continue;
			this.seen.add(key);
			this.left.push(l);
		}
	}

	report(commentedOut: { line: number; url: string }[]): ListReport {
		return { readings: this.readings, related: this.related, leftOut: this.left, commentedOut, titles: { ...this.titles } };
	}
}
