import { describe, expect, it } from 'vitest';
import { relinker } from './relink';

describe('relinking after a rename', () => {
	const files = ['R/arXiv - 2205.14135.md', 'Other/arXiv - 2205.14135 notes.md', 'A/Same.md', 'L/List.md'];
	const rewrite = relinker(files, [{ from: 'R/arXiv - 2205.14135.md', to: 'R/FlashAttention.md' }]);

	it('rewrites links, embeds, headings, block refs and display text, and nothing else', () => {
		const text = '- [[arXiv - 2205.14135]]\n- [[arXiv - 2205.14135|arXiv:2205.14135]] and ![[R/arXiv - 2205.14135#Notes]]\n- [[arXiv - 2205.14135#^b1|see]] [[arXiv - 2205.14135 notes]] [[Same]]';
		expect(rewrite(text)).toBe('- [[FlashAttention]]\n- [[FlashAttention|arXiv:2205.14135]] and ![[FlashAttention#Notes]]\n- [[FlashAttention#^b1|see]] [[arXiv - 2205.14135 notes]] [[Same]]');
	});

	it('rewrites links in properties too', () => {
		expect(rewrite('---\nrelated:\n  - "[[arXiv - 2205.14135]]"\n---\n')).toBe('---\nrelated:\n  - "[[FlashAttention]]"\n---\n');
	});

	it('uses the path when the new name is not unique in the vault', () => {
		const r = relinker(['R/x.md', 'A/Same.md'], [{ from: 'R/x.md', to: 'R/Same.md' }]);
		expect(r('[[x]]')).toBe('[[R/Same]]');
	});
});
