/**
 * Merging one thing seen many times: every source, alias, note and topic path
 * kept once, however many times it repeats — past the length where the store
 * indexes its lists, and at a size where checking each addition against
 * every earlier one (as the store once did) would not finish in time.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';

describe('one resource or concept seen many times', () => {
	it('keeps each title, note and source once, past the store’s list index', () => {
		const lines = Array.from({ length: 100 }, (_, i) => `- [Title ${i % 50}](https://a.io/x) note ${i % 40}`);
		const text = [...lines, ...lines].join('\n');
		const [r] = buildCatalog([{ file: 'l.md', text }]).resources;
		expect(r!.aliases).toHaveLength(49);
		expect(new Set(r!.aliases).size).toBe(49);
		expect(r!.notes).toHaveLength(40);
		expect(r!.sources).toHaveLength(200);
		const again = buildCatalog([{ file: 'l.md', text }, { file: 'l.md', text }]).resources[0]!;
		expect(again.sources).toHaveLength(200);
	});

	it('merges a link on 20,000 lines and a concept under 30,000 sections', () => {
		const links = Array.from({ length: 20_000 }, (_, i) => `- [Title ${i}](https://a.io/x) note ${i}`).join('\n');
		const [r] = buildCatalog([{ file: 'l.md', text: links }]).resources;
		expect(r!.sources).toHaveLength(20_000);
		expect(r!.aliases).toHaveLength(19_999);
		expect(r!.notes).toHaveLength(20_000);
		const sections = Array.from({ length: 30_000 }, (_, i) => `## Section ${i}\n- Concept X`).join('\n');
		const c = buildCatalog([{ file: 's.md', text: sections }]).concepts;
		expect(c).toHaveLength(1);
		expect(c[0]!.topics).toHaveLength(30_000);
		expect(c[0]!.sources).toHaveLength(30_000);
	});
});
