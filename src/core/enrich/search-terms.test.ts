import { describe, expect, it } from 'vitest';
import { metadataSearchTerms } from './search-terms';

describe('picker terms from fetched metadata', () => {
	it('searches the fetched title and authors, and shows authors · year · venue', () => {
		expect(metadataSearchTerms({ title: 'FlashAttention: Fast and Memory-Efficient Exact Attention', authors: ['Tri Dao', 'Daniel Y. Fu', 'Stefano Ermon'], year: 2022, venue: 'NeurIPS' })).toEqual({
			terms: ['FlashAttention: Fast and Memory-Efficient Exact Attention', 'Tri Dao', 'Daniel Y. Fu', 'Stefano Ermon'],
			detail: 'Tri Dao, Daniel Y. Fu et al. · 2022 · NeurIPS',
		});
		expect(metadataSearchTerms({ authors: 'Andrej Karpathy' })).toEqual({ terms: ['Andrej Karpathy'], detail: 'Andrej Karpathy' });
		expect(metadataSearchTerms({ status: 'todo' })).toEqual({ terms: [] });
	});
});
