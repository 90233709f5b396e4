/**
 * `pushSource` and `pushPath` as they were before short lists were searched
 * without building keys: every member's key built and compared. Kept for
 * the differential test only (`store-fast.test.ts`).
 */
import type { SourceRef } from '../../types';

const INDEX_FROM = 32;

function addOnce<T>(list: T[], key: string, keyOf: (x: T) => string, make: () => T, seen: Set<string>): void {
	if (list.length < INDEX_FROM) {
		if (!list.some((x) => keyOf(x) === key)) list.push(make());
		return;
	}
	if (seen.size === 0) for (const x of list) seen.add(keyOf(x));
	if (seen.has(key)) return;
	seen.add(key);
	list.push(make());
}

const sourceKey = (s: SourceRef): string => `${s.file}\u0000${s.line}`;
const pathKey = (p: string[]): string => p.join('\u0000');

/** One list and the key index it gets once it is long. */
export class ReferenceLists {
	readonly sources: SourceRef[] = [];
	readonly paths: string[][] = [];
	private readonly sourceSeen = new Set<string>();
	private readonly pathSeen = new Set<string>();

	pushSource(ref: SourceRef): void {
		addOnce(this.sources, sourceKey(ref), sourceKey, () => ref, this.sourceSeen);
	}

	pushPath(path: string[]): void {
		if (path.length) addOnce(this.paths, pathKey(path), pathKey, () => [...path], this.pathSeen);
	}
}
