/**
 * The cell HTML an HTML table's text and attributes become is what the
 * expressions it replaced made: `&`, `<` and white space in text, and the
 * `href`, `src` and `alt` attributes in the tag's order. Differential, on
 * generated text and attributes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attrsText, readHtmlTable, textHtml } from './html-table';

const textReference = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\s+/g, ' ');
const attrsReference = (attrs: Record<string, string>): string =>
	Object.entries(attrs)
		.filter(([k]) => k === 'href' || k === 'src' || k === 'alt')
		.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`)
		.join('');

describe('HTML table cells', () => {
	it('escape text as the expressions did', () => {
		const piece = fc.constantFrom('a', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '&', '&amp;', '<', '>', 'é', '"');
		fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
			const t = parts.join('');
			expect(textHtml(t)).toBe(textReference(t));
		}), { numRuns: 3000 });
	});

	it('write href, src and alt as the expressions did, in the tag’s order', () => {
		const name = fc.constantFrom('href', 'src', 'alt', 'class', 'title', '1', 'data-x');
		const value = fc.constantFrom('', 'https://a.io/x', 'say "hi"', 'a&b', '"');
		fc.assert(fc.property(fc.array(fc.tuple(name, value), { maxLength: 5 }), (pairs) => {
			const attrs: Record<string, string> = {};
			for (const [k, v] of pairs) attrs[k] = v;
			expect(attrsText(attrs)).toBe(attrsReference(attrs));
		}), { numRuns: 2000 });
	});

	it('read a table’s cells with their lines', () => {
		const html = ['<table>', '<tr><th>Paper</th><th>Code</th></tr>', '<tr><td><a href="https://a.io/p" title="x">A &amp; B</a>\t<br>  x</td>', '<td><img alt="i" src="https://a.io/i.png"></td></tr>', '</table>'];
		expect(readHtmlTable(html.map((text, k) => ({ text, line: k + 1 })))).toEqual({
			header: ['Paper', 'Code'],
			rows: [{ cells: ['<a href="https://a.io/p">A &amp; B</a> <br> x', '<img alt="i" src="https://a.io/i.png">'], line: 3 }],
			spanned: new Set(),
		});
	});
});
