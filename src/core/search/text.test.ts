/**
 * `normalize`'s one-pass path for plain ASCII gives what the Unicode rules
 * (NFKD, accents dropped, lower case, anything but letters and digits a
 * single space) give, on every string the picker indexes and on generated
 * ASCII with every punctuation and spacing shape; other text takes those rules.
 */
import { describe, expect, it } from 'vitest';
import { corpus, prng } from './__tests__/corpus';
import { normalize, normalizeUnicode } from './text';

describe('normalize', () => {
	it('gives what the Unicode rules give, on the picker corpus and generated ASCII', () => {
		const strings = corpus(2_000).flatMap((r) => [r.title, ...r.aliases, ...r.topics, r.url ?? '']);
		const rand = prng(7);
		const chars = ' \t\n!"#$%&\'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~\x7f\x00';
		for (let i = 0; i < 3_000; i++) strings.push(Array.from({ length: Math.floor(rand() * 24) }, () => chars[Math.floor(rand() * chars.length)]).join(''));
		for (const s of strings) expect(normalize(s), JSON.stringify(s)).toBe(normalizeUnicode(s));
	});

	it('takes the Unicode rules for anything else', () => {
		expect(normalize('Attention Is All You Need')).toBe('attention is all you need');
		expect(normalize('  --Flash-Attention 2!  ')).toBe('flash attention 2');
		expect(normalize('Ćeský FIle — naïve')).toBe('cesky file naive');
		expect(normalize('日本語 モデル')).toBe(normalizeUnicode('日本語 モデル'));
	});
});
