import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES } from '../note/names';
import { allocatePath, VaultIndex, type Wanted } from './vault-index';

const bytes = (s: string): number => new TextEncoder().encode(s).length;
const paper = (title: string): Wanted => ({ id: `r-${title}`, type: 'resource', title, label: 'paper' });

describe('allocatePath', () => {
	it('takes the safe name, then `Name (kind)`, then numbered, ignoring case and folder', () => {
		const index = new VaultIndex({ files: ['Elsewhere/attention.md'], notes: [] });
		const got = [1, 2, 3, 4].map(() => allocatePath('Syllabus/Resources', paper('Attention'), index));
		expect(got).toEqual(['Syllabus/Resources/Attention (paper).md', 'Syllabus/Resources/Attention (paper) 2.md', 'Syllabus/Resources/Attention (paper) 3.md', 'Syllabus/Resources/Attention (paper) 4.md']);
		expect(allocatePath('Syllabus/Resources', paper('Other'), index)).toBe('Syllabus/Resources/Other.md');
	});

	it('cuts a long name to make room for its suffix, at a character boundary', () => {
		const index = new VaultIndex({ files: [], notes: [] });
		const long = '😀'.repeat(80);
		const first = allocatePath('S', paper(long), index);
		const second = allocatePath('S', paper(long), index);
		const third = allocatePath('S', paper(long), index);
		const name = (p: string): string => p.slice(2, -3);
		expect(name(first)).toBe('😀'.repeat(60));
		expect(name(second)).toBe(`${'😀'.repeat(58)} (paper)`);
		expect(name(third)).toBe(`${'😀'.repeat(57)} (paper) 2`);
		for (const p of [first, second, third]) expect(bytes(name(p))).toBeLessThanOrEqual(MAX_NAME_BYTES);
	});
});
