import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { creditsSomeone } from './vocabulary';

describe('one vocabulary for the block layer and the catalog', () => {
	it('titles a linkless table by the column the catalog also reads as its titles', () => {
		const text = ['| # | Papers |', '| --- | --- |', '| 1 | Attention Is All You Need |', '| 2 | Scaling Laws |'].join('\n');
		const c = buildCatalog([{ file: 't.md', text }]);
		expect(c.concepts.map((x) => x.title)).toEqual(['Attention Is All You Need', 'Scaling Laws']);
	});

	it('reads a credit phrase anywhere in a line, `h/t` with or without its colon', () => {
		expect(creditsSomeone('Papers recommended by Jing')).toBe(true);
		expect(creditsSomeone('h/t: Jing')).toBe(true);
		expect(creditsSomeone('Papers I recommend')).toBe(false);
	});
});
