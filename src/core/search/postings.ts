/**
 * Posting lists in the least memory their size allows: at 50k records the
 * trigram lists hold about forty slots per record, and a JS array spends
 * eight bytes and more on each. A key found in one record keeps the bare
 * slot number, a few slots sit in an array, and many in an `Int32Array`
 * that grows by doubling and is trimmed once a bulk build is done.
 */

/** A list long enough to move into a typed array: below it, a typed array's own overhead costs more than it saves. */
const TYPED_FROM = 32;

/** Many slots in a growable typed array. */
export class Postings {
	ids: Int32Array;
	length: number;

	constructor(from: number[]) {
		this.ids = new Int32Array(from.length * 2);
		this.ids.set(from);
		this.length = from.length;
	}

	push(slot: number): void {
		if (this.length === this.ids.length) {
			const grown = new Int32Array(Math.max(8, this.ids.length * 2));
			grown.set(this.ids);
			this.ids = grown;
		}
		this.ids[this.length++] = slot;
	}

	/** Give back the room kept for growth. */
	trim(): void {
		if (this.ids.length > this.length) this.ids = this.ids.slice(0, this.length);
	}
}

/** What a key maps to: one slot, a few, or many. */
export type Posting = number | number[] | Postings;

/** A posting as a list the candidate stage can walk and tell apart by identity. */
export type PostingList = number[] | Postings;

/** Add a slot to a key's posting. */
export function post(index: Map<string, Posting>, key: string, slot: number): void {
	const p = index.get(key);
	if (p === undefined) index.set(key, slot);
	else if (typeof p === 'number') index.set(key, [p, slot]);
	else if (Array.isArray(p)) {
		if (p.length + 1 < TYPED_FROM) p.push(slot);
		else index.set(key, new Postings([...p, slot]));
	} else p.push(slot);
}

/** The list behind a key, if any: a lone slot becomes a one-element list. */
export function listOf(p: Posting | undefined): PostingList | undefined {
	return typeof p === 'number' ? [p] : p;
}

/** Trim every typed list in an index after a bulk build. */
export function trimAll(index: Map<string, Posting>): void {
	for (const p of index.values()) if (p instanceof Postings) p.trim();
}
