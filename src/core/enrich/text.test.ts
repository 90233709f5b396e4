import { describe, expect, it } from 'vitest';
import { parseArxivFeed } from './arxiv';
import { decodeEntities, plainText } from './text';

describe('markup to text', () => {
	it('decodes the XML entities and numeric references, and nothing a DTD declares', () => {
		expect(decodeEntities('Gould &amp; Morgan &lt;2003&gt; &#233;t&#xE9; &lol9; &#0;')).toBe('Gould & Morgan <2003> été &lol9; &#0;');
	});

	it('never expands a billion-laughs feed', () => {
		const lol = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`).join('')}]>`;
		const feed = parseArxivFeed(`${lol}<feed><entry><id>http://arxiv.org/abs/2205.14135v1</id><title>&lol9;</title></entry></feed>`);
		expect(feed.ok && feed.papers.get('2205.14135')?.title).toBe('&lol9;');
	});

	it('keeps CDATA as text and drops tags', () => {
		expect(plainText('<jats:p>a <![CDATA[x < y & z]]> <i>b</i></jats:p>')).toBe('a x < y & z b');
	});
});
