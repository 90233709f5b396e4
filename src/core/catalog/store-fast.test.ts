/**
 * `pushSource` and `pushPath` search a short list field by field, and
 * compare a path with a key without joining it; they must keep exactly what
 * building every member's key kept (`__tests__/store-reference.ts`): the
 * same members in the same order, also when names hold the NUL the keys
 * join with, and past the length where a list gets its index.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../types';
import { pushPath, pushSource } from './store';
import { ReferenceLists } from './__tests__/store-reference';

const name = fc.constantFrom('', 'a', 'b', 'a\u0000b', '\u0000', 'a\u0000', '\u0000b', 'list.md', 'list.md\u00001', 'Attention', 'attention', '1');
const line = fc.constantFrom(0, 1, 2, 10, 12, -0, NaN);

describe('short lists are searched as their keys were', () => {
	it('for sources', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(name, line), { maxLength: 80 }), (refs) => {
				const list: SourceRef[] = [];
				const ref = new ReferenceLists();
				for (const [file, l] of refs) {
					const s = { file, line: l };
					pushSource(list, s);
					ref.pushSource(s);
				}
				expect(list).toEqual(ref.sources);
			}),
			{ numRuns: 3000 },
		);
	});

	it('for topic paths', () => {
		fc.assert(
			fc.property(fc.array(fc.array(name, { maxLength: 4 }), { maxLength: 80 }), (paths) => {
				const list: string[][] = [];
				const ref = new ReferenceLists();
				for (const p of paths) {
					pushPath(list, p);
					ref.pushPath(p);
				}
				expect(list).toEqual(ref.paths);
			}),
			{ numRuns: 3000 },
		);
	});
});
