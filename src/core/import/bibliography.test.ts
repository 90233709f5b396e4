/**
 * The bibliographic properties a list gives (`authors`, `year`, `venue`,
 * `rating`) land in the resource's note, and re-import only ever adds to
 * them: what the note already says stays, and an unchanged list writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { noteProperties } from './__tests__/props';
import { buildCatalog, type Catalog } from '../index';
import { importCatalog, writeCount } from './apply';
import { MemoryVault } from '../vault/memory-vault';
import type { ImportOptions } from './plan';

const OPTIONS: ImportOptions = { folder: 'Syllabus', today: '2026-11-22' };
const list = (text: string): Catalog => buildCatalog([{ file: 'papers.md', text }]);
const CITATION = '- Okafor, A. "Sparse mixtures for long documents." ACL 2021. [pdf](https://arxiv.org/abs/2101.00001) :star::star:';
const NOTE = 'Syllabus/Resources/Sparse mixtures for long documents.md';

const props = (v: MemoryVault): Record<string, unknown> => noteProperties(v, NOTE);

describe('bibliographic properties in notes', () => {
	it('writes authors, year, venue and rating when the list gives them', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list(CITATION), OPTIONS);
		expect(props(v)).toMatchObject({ authors: ['A. Okafor'], year: 2021, venue: 'ACL', rating: 2 });
	});

	it('writes none of them when the list does not', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('- [Sparse mixtures for long documents](https://arxiv.org/abs/2101.00001)'), OPTIONS);
		expect(Object.keys(props(v))).not.toContain('year');
		expect(Object.keys(props(v))).not.toContain('authors');
	});

	it('writes nothing on a second identical import, keeps what the reader set, and only adds authors', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list(CITATION), OPTIONS);
		expect(writeCount(await importCatalog(v, list(CITATION), OPTIONS))).toBe(0);
		v.files.set(NOTE, v.files.get(NOTE)!.replace('venue: ACL', 'venue: ACL 2021 (oral)'));
		const more = `${CITATION}\n- **Sparse mixtures for long documents** (2020), B. Lin et al. [[pdf]](https://arxiv.org/abs/2101.00001)`;
		await importCatalog(v, list(more), OPTIONS);
		expect(props(v)).toMatchObject({ authors: ['A. Okafor', 'B. Lin'], year: 2021, venue: 'ACL 2021 (oral)', rating: 2 });
	});

	it('adds a year and rating to a note that lacks them as numbers, as new notes have them', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('- [Sparse mixtures for long documents](https://arxiv.org/abs/2101.00001)'), OPTIONS);
		await importCatalog(v, list(CITATION), OPTIONS);
		expect(props(v)).toMatchObject({ year: 2021, rating: 2, venue: 'ACL' });
		expect(writeCount(await importCatalog(v, list(CITATION), OPTIONS))).toBe(0);
	});
});
