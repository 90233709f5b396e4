import { describe, expect, it } from 'vitest';
import { mentionedInBlock, mentionIndex, withMentionedIn } from './mentioned-in';
import { findMentions } from './find';

const targets = [
	{ key: 'Syllabus/Concepts/RoPE.md', title: 'RoPE', aliases: ['rotary embeddings'] },
	{ key: 'Syllabus/Concepts/KV cache.md', title: 'KV cache', aliases: [] },
];
const CONCEPT = '---\nstatus: todo\ntags:\n  - syllabus/concept\nsyllabus-id: c-rope\n---\n\n> [!quote] From your lists\n> see the RoFormer paper\n\n## Notes\n\nMy notes on rotation.\n';

describe('which resources mention a concept', () => {
	it('indexes each note once per concept it mentions, never from code or links', () => {
		const index = mentionIndex(
			[
				{ path: 'R/RoFormer.md', text: 'We use rotary embeddings. RoPE again.' },
				{ path: 'R/vLLM.md', text: 'The KV cache is paged. `RoPE` in code, [[RoPE]] linked.' },
				{ path: 'R/Other.md', text: 'Nothing here.' },
			],
			targets,
		);
		expect(Object.fromEntries(index)).toEqual({ 'Syllabus/Concepts/RoPE.md': ['R/RoFormer.md'], 'Syllabus/Concepts/KV cache.md': ['R/vLLM.md'] });
	});

	it('adds the block before the reader’s notes, then only replaces it, leaving the reader’s text', () => {
		const first = withMentionedIn(CONCEPT, mentionedInBlock(['[[RoFormer]]']), true)!;
		expect(first).toContain('> see the RoFormer paper\n\n%% syllabus:begin — resources that mention this; Syllabus refreshes what is between these markers %%\nMentioned in:\n- [[RoFormer]]\n%% syllabus:end %%\n\n## Notes\n\nMy notes on rotation.\n');
		expect(withMentionedIn(first, mentionedInBlock(['[[RoFormer]]']), true)).toBeNull();
		const edited = first.replace('My notes on rotation.', 'My notes on rotation, edited.');
		const second = withMentionedIn(edited, mentionedInBlock(['[[RoFormer]]', '[[YaRN]]']), true)!;
		expect(second).toBe(edited.replace('- [[RoFormer]]\n', '- [[RoFormer]]\n- [[YaRN]]\n'));
		expect(withMentionedIn(second, mentionedInBlock([]), false)).toContain('No resource note mentions this yet.\n%% syllabus:end %%');
	});

	it('writes nothing into a note without the block when nothing mentions it', () => {
		expect(withMentionedIn(CONCEPT, mentionedInBlock([]), false)).toBeNull();
	});

	it('adds the block at the end of a note without a Notes heading', () => {
		expect(withMentionedIn('Just text.\n', mentionedInBlock(['[[A]]']), true)).toMatch(/^Just text\.\n\n%% syllabus:begin[^\n]*\nMentioned in:\n- \[\[A\]\]\n%% syllabus:end %%\n$/);
	});

	it('is not itself a place where mentions are found', () => {
		const withBlock = withMentionedIn(CONCEPT, mentionedInBlock(['[[KV cache paper]]']), true)!;
		expect(findMentions(withBlock, targets).map((m) => m.text)).toEqual([]);
	});
});
