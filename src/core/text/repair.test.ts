import { describe, expect, it } from 'vitest';
import { fixMojibake, repairText, stripLiquid } from './repair';

describe('repairText', () => {
	it('drops a BOM and turns CRLF and CR into LF without changing the line count', () => {
		expect(repairText('\ufeffa\r\nb\rc\n')).toBe('a\nb\nc\n');
	});

	it('mends UTF-8 that was decoded as Windows-1252', () => {
		expect(fixMojibake('since itâ€™s very detailed')).toBe('since it’s very detailed');
		expect(fixMojibake('naÃ¯ve cafÃ©')).toBe('naïve café');
		expect(fixMojibake('â€œquotedâ€\u009d')).toBe('“quoted”');
	});

	it('leaves real Latin-1 text alone', () => {
		expect(fixMojibake('Ã la carte, déjà vu')).toBe('Ã la carte, déjà vu');
		expect(fixMojibake('Zürich, Ålesund')).toBe('Zürich, Ålesund');
	});
});

describe('stripLiquid', () => {
	it('removes cite tags and output tags, keeping the text around them', () => {
		expect(stripLiquid('[A](https://a.io) {% cite Chadha2020%}| B')).toBe('[A](https://a.io) | B');
		expect(stripLiquid('{{ page.title }} and {% raw %}x')).toBe(' and x');
	});

	it('keeps an unclosed tag as written', () => {
		expect(stripLiquid('a {% b')).toBe('a {% b');
	});
});
