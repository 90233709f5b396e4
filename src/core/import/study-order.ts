/**
 * The study order a new note records in `order`: where it stands in its
 * list's own order and nesting, after every list already in the vault, so
 * "Up next" in Bases can sort by it. Written once, when the note is created;
 * after that it is the reader's to change.
 */
import type { Catalog, ListEntry } from '../types';
import { ID_KEY } from '../note/schema';
import type { VaultScan } from '../vault/types';

/** A note's `order` as a number, or NaN. */
function orderOf(properties: Record<string, unknown>): number {
	const v = properties.order;
	return typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
}

/**
 * Where the orders of new notes count on from: after the highest `order` any
 * note in the vault has, so a new list's items come after it — unless the
 * notes of these lists already there hold exactly the orders one import
 * counting from the other notes would have given them. That is an import
 * stopped half-way: finishing it gives every note the order one whole import
 * would have.
 */
export function firstOrder(scan: VaultScan, catalog: Catalog): number {
	const own = studyPositions(catalog, 0);
	let all = 0;
	let others = 0;
	const placed: [position: number, order: number][] = [];
	for (const n of scan.notes) {
		if ('error' in n) continue;
		const k = orderOf(n.properties);
		if (!Number.isFinite(k)) continue;
		all = Math.max(all, k);
		const id = n.properties[ID_KEY];
		const position = typeof id === 'string' ? own.get(id) : undefined;
		if (position === undefined) others = Math.max(others, k);
		else placed.push([position, k]);
	}
	const from = Math.floor(others);
	return placed.length && placed.every(([p, k]) => k === from + p) ? from : Math.floor(all);
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
