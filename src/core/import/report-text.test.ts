/**
 * The import report's words, which the CLI, the plugin's notice and its report
 * note all use: counts agree with each other and with English, and the base
 * is named apart from the notes.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { importCatalog } from './apply';
import { MemoryVault } from '../vault/memory-vault';
import { countSentences, summaryClauses } from './report-text';

const LIST = '# Group\n\n## Attention\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n';
const OPTIONS = { folder: 'Syllabus', today: '2026-12-08' };

describe('the import report in words', () => {
	it('counts a first import, the base apart, and the same notes unchanged the next time', async () => {
		const v = new MemoryVault();
		const first = await importCatalog(v, buildCatalog([{ file: 'group.md', text: LIST }]), OPTIONS);
		expect(countSentences(first)).toEqual({ created: 'Created 3 notes (1 topic, 1 resource, 1 list) and the base Syllabus/Syllabus.base.', updated: 'Updated 0 notes; 0 unchanged.' });
		const again = await importCatalog(v, buildCatalog([{ file: 'group.md', text: LIST }]), OPTIONS);
		expect(countSentences(again, true)).toEqual({ created: 'Would create 0 notes.', updated: 'Would update 0 notes; 3 unchanged.' });
		expect(summaryClauses(again)).toEqual(['created 0 notes', 'updated 0 notes', '3 unchanged']);
	});

	it('says one in the singular', async () => {
		const v = new MemoryVault({ 'Syllabus/Resources/Untitled.md': '' });
		const one = await importCatalog(v, buildCatalog([{ file: 'group.md', text: LIST }]), OPTIONS);
		expect(summaryClauses(one)).toEqual(['created 3 notes and the base', 'updated 0 notes', '0 unchanged', '1 empty note in the folder left as it is']);
	});
});
