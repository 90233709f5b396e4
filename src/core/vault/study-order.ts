/**
 * The study order a new note records in `order`: where it stands in its
 * list's own order and nesting, after every list already in the vault, so
 * "Up next" in Bases can sort by it. Written once, when the note is created;
 * after that it is the reader's to change.
 */
import type { Catalog, ListEntry } from '../types';
import type { VaultScan } from './types';

/** The highest `order` any note in the vault has, so a new list's items come after it. */
export function firstOrder(scan: VaultScan): number {
	let max = 0;
	for (const n of scan.notes) {
		if ('error' in n) continue;
		const v = n.properties.order;
		const k = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
		if (Number.isFinite(k) && k > max) max = k;
	}
	return Math.floor(max);
}

/** Position of every resource and concept in the study order, counting on from `after`. */
export function studyPositions(catalog: Catalog, after: number): Map<string, number> {
	const out = new Map<string, number>();
	let next = after;
	const walk = (entries: ListEntry[]): void => {
		for (const e of entries) {
			if ((e.ref.type === 'resource' || e.ref.type === 'concept') && !out.has(e.ref.id)) out.set(e.ref.id, ++next);
			walk(e.children);
		}
	};
	for (const l of catalog.lists) walk(l.entries);
	return out;
}
