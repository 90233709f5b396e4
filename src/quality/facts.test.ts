import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../core';
import { halfOf } from './corpus';
import { checkFacts, readFacts } from './facts';

const LIST = ['## Attention', '', '- [FlashAttention](https://arxiv.org/abs/2205.14135) [code](https://github.com/Dao-AILab/flash-attention)', '- Cross Encoders'].join('\n');

describe('facts of a corpus list', () => {
	const catalog = buildCatalog([{ file: 'l.md', text: LIST }]);
	const check = (yaml: string): boolean[] => checkFacts(readFacts(yaml), catalog).map((r) => r.held);

	it('holds what the catalog says and fails what it does not', () => {
		expect(check(['facts:', '  - url: https://arxiv.org/pdf/2205.14135v2', '    title: FlashAttention', '    topic: "📚 attention"'].join('\n'))).toEqual([true, true]);
		expect(check(['facts:', '  - url: https://arxiv.org/abs/2205.14135', '    title: Flash Attention', '    topic: Kernels'].join('\n'))).toEqual([false, false]);
		expect(check(['facts:', '  - url: https://github.com/Dao-AILab/flash-attention', '    related-of: https://arxiv.org/abs/2205.14135'].join('\n'))).toEqual([true]);
		expect(check(['facts:', '  - not-note: https://github.com/Dao-AILab/flash-attention', '  - not-note: https://arxiv.org/abs/2205.14135'].join('\n'))).toEqual([true, false]);
		expect(check(['facts:', '  - concept: Cross Encoders', '  - not-concept: Cross Encoders', '  - not-topic: More', '  - readings: [1, 1]', '  - readings: [2, 3]'].join('\n'))).toEqual([true, false, true, true, false]);
	});

	it('takes a list of spellings', () => {
		expect(check(['facts:', '  - title: [Flash Attention, FlashAttention]'].join('\n'))).toEqual([true]);
	});

	it('refuses a file without facts', () => {
		expect(() => readFacts('list: x')).toThrow(/facts/);
	});
});

describe('the halves', () => {
	it('are fixed by the name alone', () => {
		expect(halfOf('dair-ai--ML-YouTube-Courses--README')).toBe(halfOf('dair-ai--ML-YouTube-Courses--README'));
		const names = Array.from({ length: 200 }, (_, k) => `owner--repo-${k}--README`);
		const dev = names.filter((n) => halfOf(n) === 'development').length;
		expect(dev).toBeGreaterThan(60);
		expect(dev).toBeLessThan(140);
	});
});
