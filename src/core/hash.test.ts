import { describe, expect, it } from 'vitest';
import { base36, hashString } from './hash';

describe('base36', () => {
	it('writes what toString(36) padded to eleven digits writes, over the whole 53-bit range', () => {
		const values = [0, 1, 35, 36, 2 ** 32, 2 ** 53 - 1, 2 ** 53 - 36, 36 ** 10, 36 ** 10 - 1];
		for (let i = 0; i < 20_000; i++) values.push(4294967296 * (2097151 & Math.imul(i, 2654435761)) + (Math.imul(i ^ 0x5bd1e995, 1597334677) >>> 0));
		for (const v of values) expect(base36(v), String(v)).toBe(v.toString(36).padStart(11, '0'));
	});

	it('leaves ids as they were (values written by the toString(36) version)', () => {
		const cases: [string, string, string][] = [
			['', '0wvjl67o803', '0wivrqs6s3t'],
			['url:arxiv:1706.03762', '28fiioiygra', '08i2efls3xc'],
			['topic:attention', '283rcb5aek2', '1ig9fdq7q46'],
			['concept:ünïcödé', '1w850shdy3o', '0f5vdcypkw7'],
			['url:' + 'x'.repeat(300), '26ewjod0kuz', '1rco5js2i9z'],
		];
		for (const [s, h, h7] of cases) {
			expect(hashString(s)).toBe(h);
			expect(hashString(s, 7)).toBe(h7);
		}
	});
});
