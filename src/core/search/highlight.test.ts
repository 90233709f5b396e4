import { describe, expect, it } from 'vitest';
import { corpus } from './__tests__/corpus';
import { matchRanges } from './highlight';
import { SearchIndex } from './index';
import { parseQuery } from './query';

/** The title with the matched characters in brackets. */
function marked(title: string, query: string): string {
	let out = '';
	const ranges = matchRanges(title, query);
	[...title].forEach((ch, i) => {
		const start = ranges.some(([a]) => a === i);
		const end = ranges.some(([, b]) => b === i);
		out += `${start ? '[' : ''}${ch}${end ? ']' : ''}`;
	});
	return out;
}

describe('the characters a query matched', () => {
	it('marks typed prefixes and the letters a misspelt word shares, nothing else', () => {
		expect(marked('Flash Attention 3', 'flsh atention 3')).toBe('[Fl]a[sh] [At]t[ention] [3]');
		// The case the issue reports: `flsh` is not `Self`; only Attention lights up.
		expect(marked('Self Attention', 'flsh atention')).toBe('Self [At]t[ention]');
		expect(marked('LoRA: Low-Rank Adaptation', 'lora')).toBe('[LoRA]: Low-Rank Adaptation');
		expect(marked('Mixtral of Experts', 'mixtrl')).toBe('[Mixtr]a[l] of Experts');
		expect(marked('Why 9.11 > 9.9', 'why')).toBe('[Why] 9.11 > 9.9');
	});

	it('follows a run-together query across words, and marks nothing for words it does not know', () => {
		expect(marked('Flash Attention', 'flashattention')).toBe('[Flash] [Attention]');
		expect(marked('Flash Attention', 'zebra')).toBe('Flash Attention');
	});
});

describe('the picker cuts the noisy tail', () => {
	it('keeps results near the best score, fewer than the limit for a precise query', () => {
		const index = new SearchIndex(corpus(2_000));
		const precise = index.search('ring attention blockwise', 50);
		expect(precise[0]?.record.title).toBe('Ring Attention with Blockwise Transformers');
		expect(precise.length).toBeLessThan(50);
		const best = precise[0]!.score;
		expect(precise.every((r) => r.score <= best + 0.35)).toBe(true);
	});
});

describe('filters typed with a typo', () => {
	const index = new SearchIndex(corpus(2_000));
	it('read kind:papr as kind:paper and #atention as #attention', () => {
		const papers = index.search('kind:papr flash', 20);
		expect(papers.length).toBeGreaterThan(0);
		expect(papers.every((r) => r.record.kind === 'paper')).toBe(true);
		const topic = index.search('#atention', 20);
		expect(topic.length).toBeGreaterThan(0);
		expect(topic.every((r) => r.record.topics.some((t) => /attention/i.test(t)))).toBe(true);
		// Something that is no kind at all is not a kind filter.
		expect(parseQuery('kind:zzzz').filters).toEqual([]);
		expect(parseQuery('kind:vidoe').filters).toEqual([{ field: 'kind', values: ['video'], negate: false }]);
	});
});
