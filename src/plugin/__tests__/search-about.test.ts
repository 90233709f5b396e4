// @vitest-environment jsdom
/**
 * The picker finds a resource by what its About callout says — who
 * recommended it, what the list said about it — both for notes already in
 * the vault when Obsidian starts and for notes an import writes later.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, importCatalog, MemoryVault } from '../../core';
import { ResourcePicker } from '../resource-picker';
import { flush, importList, loadPlugin } from './harness';

beforeAll(() => setup());
afterAll(() => teardown());

const SEED = readFileSync(join(__dirname, '../../../seeds/002_b4185ab2ae5688b7.txt'), 'utf8');
const LIST = '# Reading\n\n- [Sparse routing for long documents](https://arxiv.org/abs/2401.00001) benchmarked on Wikipedia biographies\n- [Other paper](https://arxiv.org/abs/2401.00002)\n';

const top = (picker: ResourcePicker, q: string): string[] => picker.getSuggestions(q).slice(0, 3).map((r) => r.record.title);

describe('searching the About callout', () => {
	it('finds notes that were in the vault at start-up by their recommender and the list’s words', async () => {
		const v = new MemoryVault();
		await importCatalog(v, buildCatalog([{ file: 'compilation.md', text: SEED }, { file: 'reading.md', text: LIST }]), { folder: 'Syllabus', today: '2026-11-22' });
		const h = await loadPlugin(Object.fromEntries(v.files));
		for (let i = 0; i < 20 && !h.plugin.library.about.size; i++) await flush();
		const picker = new ResourcePicker(h.app.asOriginalType__(), h.plugin.context, 'open');
		expect(top(picker, 'jing liu')).toContain('vllm');
		expect(top(picker, 'wikipedia biographies')).toEqual(['Sparse routing for long documents']);
	});

	it('finds a note an import wrote later', async () => {
		const h = await loadPlugin();
		await importList(h, 'reading.md', LIST);
		await flush();
		const picker = new ResourcePicker(h.app.asOriginalType__(), h.plugin.context, 'open');
		expect(top(picker, 'wikipedia biographies')).toEqual(['Sparse routing for long documents']);
	});
});
