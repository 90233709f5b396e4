import { describe, expect, it } from 'vitest';
import { aboutTerms } from './about';

describe('what the picker searches in a note’s About callout', () => {
	it('takes the abstract’s first sentence, what the lists said and who recommended it', () => {
		const note = [
			'---', 'status: todo', '---', '',
			'> [!quote] About',
			'> We propose FlashAttention, an IO-aware exact attention algorithm. It uses tiling to reduce memory reads.',
			'> read section 3 first, it is the **key** part',
			'> Recommended by Jing Liu, [Ada Okafor](https://example.com/ada).',
			'> Related: <https://github.com/Dao-AILab/flash-attention>',
			'> Listed in [[ML reading]], line 12.',
			'', '## Notes', '', 'My own words are not searched here.',
		].join('\n');
		expect(aboutTerms(note)).toEqual(['We propose FlashAttention, an IO-aware exact attention algorithm.', 'read section 3 first, it is the key part', 'Jing Liu', 'Ada Okafor']);
	});

	it('reads the older callout title, and nothing when there is no callout', () => {
		expect(aboutTerms('> [!quote] From your lists\n> how tokenizers differ\n> Listed in [[L]], line 1.\n')).toEqual(['how tokenizers differ']);
		expect(aboutTerms('---\nstatus: todo\n---\n\n## Notes\n\n> [!quote] Mine\n> not ours\n')).toEqual([]);
	});

	it('keeps terms short and few, however long the abstract', () => {
		const long = `> [!quote] About\n> ${'word '.repeat(200)}end.\n${Array.from({ length: 20 }, (_, i) => `> note ${i}`).join('\n')}\n`;
		const terms = aboutTerms(long);
		expect(terms.length).toBeLessThanOrEqual(6);
		for (const t of terms) expect(t.length).toBeLessThanOrEqual(160);
	});
});
