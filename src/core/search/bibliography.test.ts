import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { SearchIndex, bibliographyLine } from './index';
import { parseQuery } from './query';

describe('author: and year: in the picker query', () => {
	it('parses them as filters, and a malformed year as text', () => {
		expect(parseQuery('author:okafor year:2021 mixtures').filters).toEqual([
			{ field: 'author', values: ['okafor'], negate: false },
			{ field: 'year', values: ['2021'], negate: false },
		]);
		expect(parseQuery('year:21').text).toBe('year:21');
	});

	it('filters by author surname or initial-and-name, and by year', () => {
		const text = ['**[1]** Okafor, Ada, and Lin Wei. "**Sparse mixtures**." Proceedings of ACL (2021). [[pdf]](https://arxiv.org/abs/2101.00001)', '- **Dense routing** (2019), B. Castellanos et al. [[pdf]](https://arxiv.org/abs/1901.00002)'].join('\n\n');
		const index = SearchIndex.fromCatalog(buildCatalog([{ file: 'p.md', text }]));
		expect(index.search('author:okafor', 10).map((r) => r.record.title)).toEqual(['Sparse mixtures']);
		expect(index.search('author:wei', 10).map((r) => r.record.title)).toEqual(['Sparse mixtures']);
		expect(index.search('year:2019', 10).map((r) => r.record.title)).toEqual(['Dense routing']);
		expect(index.search('-author:okafor', 10).map((r) => r.record.title)).toEqual(['Dense routing']);
	});

	it('writes the detail line from what the resource has', () => {
		expect(bibliographyLine({ authors: ['A. Okafor', 'B. Lin', 'C. Wen', 'D. Holm'], year: 2021, venue: 'ACL' })).toBe('A. Okafor, B. Lin, C. Wen et al. · 2021 · ACL');
		expect(bibliographyLine({ year: 2020 })).toBe('2020');
		expect(bibliographyLine({})).toBe('');
	});
});
