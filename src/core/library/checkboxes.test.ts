import { describe, expect, it } from 'vitest';
import { BLOCK_BEGIN, BLOCK_END, parseListBlock } from '../note/list-block';
import { setBoxes, ticks } from './checkboxes';

const note = (lines: string[]): string => `---\ntags: [syllabus/list]\n---\n\nImported from \`ml.md\`.\n\n${BLOCK_BEGIN}\n${lines.join('\n')}\n${BLOCK_END}\n\n## Notes\n\n- [ ] [[FA]] my own task, not ours\n`;

describe('list checkboxes', () => {
	const before = note(['- [[Attention]]', '\t- [ ] [[FA|Flash attention]]', '\t- [/] [[Ring]]', '- [ ] [[DPO]]']);

	it('finds the boxes the reader ticked', () => {
		const after = before.replace('\t- [ ] [[FA|', '\t- [x] [[FA|').replace('\t- [/] [[Ring]]', '\t- [ ] [[Ring]]');
		expect(ticks(parseListBlock(before), parseListBlock(after))).toEqual([{ target: 'FA', status: 'done' }, { target: 'Ring', status: 'todo' }]);
		expect(ticks(parseListBlock(before), parseListBlock(before))).toEqual([]);
	});

	it('does not take a reshaped list for ticks', () => {
		// A re-import put a new item first: every line moved, no box was ticked.
		const after = note(['- [ ] [[New paper]]', '- [[Attention]]', '\t- [x] [[FA|Flash attention]]', '\t- [/] [[Ring]]', '- [ ] [[DPO]]']);
		expect(ticks(parseListBlock(before), parseListBlock(after))).toEqual([]);
	});

	it('sets boxes to the statuses inside the block only, keeping each line', () => {
		const status: Record<string, 'done' | 'reading' | 'todo'> = { FA: 'done', Ring: 'reading', DPO: 'todo' };
		const out = setBoxes(before, (t) => status[t])!;
		expect(out).toBe(before.replace('\t- [ ] [[FA|Flash attention]]', '\t- [x] [[FA|Flash attention]]'));
		// The reader's own task under Notes links FA too, and stays as it was.
		expect(out).toMatch(/- \[ \] \[\[FA\]\] my own task, not ours\n$/);
		expect(setBoxes(out, (t) => status[t])).toBeNull();
		expect(setBoxes('no block here', () => 'done')).toBeNull();
	});
});
