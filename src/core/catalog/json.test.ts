import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { catalogToJson } from './json';

describe('parse --json', () => {
	it('prints authors, year, venue and rating under those names only when the list gives them', () => {
		const text = ['- Okafor, A. "Sparse mixtures." ACL 2021. [pdf](https://arxiv.org/abs/2101.00001) :star::star::star:', '- [Plain link](https://example.org/plain)'].join('\n');
		const json = catalogToJson(buildCatalog([{ file: 'p.md', text }]));
		expect(json.resources[0]).toMatchObject({ title: 'Sparse mixtures', authors: ['A. Okafor'], year: 2021, venue: 'ACL', rating: 3 });
		expect(Object.keys(json.resources[1]!)).not.toEqual(expect.arrayContaining(['authors']));
		expect(json.resources[1]).not.toHaveProperty('year');
	});
});
