import { describe, expect, it } from 'vitest';
import { hashString } from '../hash';
import { ID_KEY, idRole, KINDS, mintId, moreAdvanced, STATUSES, tagFor } from './schema';

describe('the note schema', () => {
	it('mints the ids vaults already hold, and reads their role back', () => {
		// Same as the ids written before the schema module existed: notes keep being found.
		expect(mintId('resource', 'url:arxiv.org/abs/2205.14135')).toBe(`r-${hashString('url:arxiv.org/abs/2205.14135')}`);
		for (const role of ['resource', 'concept', 'topic', 'list'] as const) expect(idRole(mintId(role, 'x'))).toBe(role);
		expect(idRole('z-123')).toBeUndefined();
	});

	it('names the property, the tags, the statuses in order and the kinds', () => {
		expect(ID_KEY).toBe('syllabus-id');
		expect(tagFor('paper')).toBe('syllabus/paper');
		expect(tagFor('topic')).toBe('syllabus/topic');
		expect([...STATUSES]).toEqual(['todo', 'reading', 'done', 'skipped']);
		expect(KINDS).toContain('paper');
		expect(moreAdvanced('todo', 'reading')).toBe('reading');
		expect(moreAdvanced('done', 'skipped')).toBe('done');
	});
});
