import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { currentBlock, replaceBlock } from './list-block';
import { topicBody } from './render';

describe('a topic note', () => {
	it('embeds a Bases view of the notes filed under it, inside the generated part', () => {
		const body = topicBody(['[[Attention]]'], []);
		const block = currentBlock(body)!;
		expect(block).toMatch(/^%% syllabus:begin .*%%\n```base\n[\s\S]*\n```\n%% syllabus:end %%$/);
		const yaml = parse(/```base\n([\s\S]*)```/.exec(block)![1]!) as { filters: { and: string[] }; views: { type: string; order: string[] }[] };
		// `this` is the note that embeds the block: the topic itself.
		expect(yaml.filters.and).toContain('file.hasLink(this.file)');
		expect(yaml.views[0]).toMatchObject({ type: 'table', order: ['file.name', 'status', 'kind', 'finished'] });
		// The reader's part stays outside the markers; a refresh replaces only the block.
		const mine = `${body}My own notes.\n`;
		expect(replaceBlock(mine, block)).toBe(mine);
		expect(body.indexOf('## Notes')).toBeGreaterThan(body.indexOf('%% syllabus:end %%'));
	});
});
