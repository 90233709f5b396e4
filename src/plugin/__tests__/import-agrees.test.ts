// @vitest-environment jsdom
/**
 * The preview and the notice after it tell the same story: the numbers the
 * reader saw before pressing Import are the ones the import reports. And a
 * note the reader changes while the preview is open is not overwritten by a
 * plan made before the change.
 */
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../core';
import { previewLines, summarizePlan } from '../import-preview';
import { flush, importList, loadPlugin } from './harness';

const FIRST = '# ML\n\n## Attention\n- [FlashAttention](https://arxiv.org/abs/2205.14135)\n- [Ring](https://arxiv.org/abs/2310.01889)\n- KV cache\n\n## Old\n- [Gone](https://gone.io/1)\n';
const SECOND = '# ML\n\n## Attention\n- [x] [FlashAttention](https://arxiv.org/abs/2205.14135)\n- [/] [Ring](https://arxiv.org/abs/2310.01889)\n- KV cache\n- [New paper](https://arxiv.org/abs/2401.00001)\n\n## Long context\n- [Ring](https://arxiv.org/abs/2310.01889)\n- Sparse attention\n';

beforeAll(() => setup());
afterAll(() => teardown());

describe('the import preview', () => {
	it('shows the numbers the finished import reports: creates, additions, status moves, a replaced list', async () => {
		const h = await loadPlugin();
		await importList(h, 'lists/ml.md', FIRST);
		const shown = await importList(h, 'lists/ml.md', SECOND);
		const { report } = h.plugin.importer.lastReport!;
		const after = summarizePlan(buildCatalog([{ file: 'lists/ml.md', text: SECOND }]), report);
		expect([after.resources, after.concepts, after.topics, after.advanced, after.listChanges.length]).toEqual([1, 1, 1, 2, 1]);
		// The list note's new block counts among the notes that change, before and after.
		expect(report.updated.filter((u) => u.type === 'list').map((u) => u.fields)).toEqual([['list']]);
		for (const line of [...previewLines(after), ...after.listChanges]) expect(shown).toContain(line);
	});

	it('plans again when the reader changes a note while the preview is open: a status they set stays', async () => {
		const h = await loadPlugin();
		await importList(h, 'lists/ml.md', FIRST);
		const note = h.app.vault.getFileByPath('Syllabus/Resources/FlashAttention.md')!;
		// The list now says done; before pressing Import the reader marks the paper skipped.
		h.plugin.importer.confirm = async () => {
			await h.app.fileManager.processFrontMatter(note, (fm: Record<string, unknown>) => {
				fm.status = 'skipped';
			});
			return true;
		};
		await h.plugin.importer.importText('lists/ml.md', SECOND);
		await flush();
		expect(await h.app.vault.read(note)).toMatch(/^status: skipped$/m);
		expect(h.plugin.importer.lastReport!.report.advanced.map((a) => a.path)).not.toContain(note.path);
	});
});
