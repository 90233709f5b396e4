import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { currentBlock, replaceBlock } from './list-block';
import { topicBody } from './render';
import { FILED_HERE, TOPIC_BEGIN, topicBaseBlock } from './topic-base';

interface Spec {
	filters: { and: string[] };
	views: { type: string; name: string; order: string[]; filters: { and?: string[]; not?: string[] } }[];
}

const specOf = (block: string): Spec => parse(/```base\n([\s\S]*)```/.exec(block)![1]!) as Spec;

describe('a topic note', () => {
	it('embeds a Bases view of the notes whose topics link it, inside the generated part', () => {
		const block = topicBaseBlock(['[[Lists/LLM course|LLM course]]']);
		const body = topicBody(['[[Attention]]'], [], block);
		expect(currentBlock(body, TOPIC_BEGIN)).toBe(block);
		expect(block).toMatch(/^%% syllabus:begin .*%%\nIn 1 list: \[\[Lists\/LLM course\|LLM course\]\]\.\n\n```base\n[\s\S]*\n```\n%% syllabus:end %%$/);
		const spec = specOf(block);
		// The `topics` property, not any link in the note: a body that mentions the topic is not filed under it.
		expect(spec.filters.and).toContain(FILED_HERE);
		expect(spec.filters.and).not.toContain('file.hasLink(this.file)');
		expect(spec.views[0]).toMatchObject({ type: 'table', name: 'Filed here', order: ['file.name', 'status', 'kind', 'finished'] });
		expect(spec.views[0]!.filters.and).toEqual(['file.hasProperty("status")']);
		expect(spec.views[1]).toMatchObject({ name: 'Sub-topics', filters: { not: ['file.hasProperty("status")'] } });
		// The reader's part stays outside the markers; a refresh replaces only the block.
		const mine = `${body}My own notes.\n`;
		expect(replaceBlock(mine, block, TOPIC_BEGIN)).toBe(mine);
		expect(body.indexOf('## Notes')).toBeGreaterThan(body.indexOf('%% syllabus:end %%'));
	});

	it('says in how many lists it is', () => {
		expect(topicBaseBlock([])).not.toContain('In 0');
		expect(topicBaseBlock(['[[A]]', '[[B]]', '[[C]]'])).toContain('\nIn 3 lists: [[A]], [[B]], [[C]].\n');
	});
});
