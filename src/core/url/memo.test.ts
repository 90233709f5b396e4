import { describe, expect, it } from 'vitest';
import { canonicalize, canonicalMemo } from './canonical';

describe('canonicalMemo', () => {
	it('answers what canonicalize answers, the second time from memory', () => {
		const memo = canonicalMemo();
		const links = ['https://arxiv.org/pdf/1706.03762v5.pdf', 'HTTPS://www.GitHub.com/a/b/', 'not a url', 'javascript:alert(1)', 'https://x.com/u/status/1?s=20'];
		for (const round of [1, 2]) for (const u of links) expect(memo(u), `${u} (round ${round})`).toEqual(canonicalize(u));
		expect(memo(links[0]!)).toBe(memo(links[0]!));
		expect(memo('not a url')).toBeUndefined();
	});
});
