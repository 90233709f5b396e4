// @vitest-environment jsdom
/**
 * The picker shows where each result really sits, one line per place its
 * lists give it, and why it matched when its title does not say it; both
 * follow a list note that moves an item, without a rebuild.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, importCatalog, MemoryVault } from '../../core';
import { ResourcePicker } from '../resource-picker';
import { flush, loadPlugin } from './harness';

beforeAll(() => setup());
afterAll(() => teardown());

const read = (path: string): string => readFileSync(join(__dirname, path), 'utf8');
const SOURCES = [
	{ file: 'seeds/000.txt', text: read('../../../seeds/000_2b7d31b80b4016fc.txt') },
	{ file: 'repeated-subheadings.md', text: read('../../core/library/__tests__/repeated-subheadings.md') },
	{ file: 'long-inputs.md', text: read('../../core/search/__tests__/long-inputs.md') },
];

/** What a suggestion shows, line by line, and the text a screen reader reads for it. */
function drawn(picker: ResourcePicker, query: string, at = 0): { title?: string; reason?: string; places: string[]; more?: string; read: string } {
	const el = createDiv();
	picker.renderSuggestion(picker.getSuggestions(query)[at]!, el);
	const text = (selector: string): string | undefined => el.querySelector(selector)?.textContent ?? undefined;
	const out = { title: text('.syllabus-suggestion-title'), reason: text('.syllabus-suggestion-reason'), more: text('.syllabus-suggestion-more') };
	const places = [...el.querySelectorAll('.syllabus-suggestion-place')].map((p) => p.textContent);
	return { ...Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)), places, read: el.textContent };
}

describe('the picker’s places and reasons', () => {
	it('shows the arXiv-named paper first for its topic’s words, why, and each place it has', async () => {
		const v = new MemoryVault();
		await importCatalog(v, buildCatalog(SOURCES), { folder: 'Syllabus', today: '2026-01-15' });
		const h = await loadPlugin(Object.fromEntries(v.files));
		// The About callouts are read after the plan is on screen; the picker takes them in when all are read.
		let read = false;
		h.plugin.registerEvent(h.plugin.library.onAbout(() => (read = true)));
		for (let i = 0; i < 50 && !read; i++) await flush();
		expect(read).toBe(true);
		const picker = new ResourcePicker(h.app.asOriginalType__(), h.plugin.context, 'open');

		const paper = drawn(picker, 'attention sinks');
		expect(paper).toMatchObject({ title: 'arXiv:2309.17453', reason: 'under Week 1: Attention sinks', places: ['Long inputs, a reading group › Week 1: Attention sinks'] });
		expect(paper.read).toContain('under Week 1: Attention sinks');
		const results = picker.getSuggestions('attention sinks').map((r) => r.record.title);
		const mention = results.indexOf('A field guide to long-context evaluation');
		expect(mention).toBeGreaterThan(0);
		expect(drawn(picker, 'attention sinks', mention).reason).toBe('mentions attention sinks');

		// A paper two lists hold, one line for each; then one whose title says it all, so no reason.
		const both = drawn(picker, 'flash attention', picker.getSuggestions('flash attention').findIndex((r) => r.record.title === 'arxiv.org/abs/2205.14135'));
		expect(both).toMatchObject({ reason: 'under Flash Attention', places: ['Applied deep learning, a self-paced course › Module 4: Efficient attention', 'List 000 › Attention › Flash Attention'] });
		expect(drawn(picker, 'ring attention')).toMatchObject({ title: 'Ring Attention', places: ['List 000 › Attention'] });
		expect(drawn(picker, 'ring attention').reason).toBeUndefined();

		// The reader moves the paper to week 2 in the list note: its place and its reason follow.
		const list = h.app.vault.getFileByPath('Syllabus/Lists/Long inputs, a reading group.md')!;
		const text = await h.app.vault.read(list);
		const line = text.split('\n').find((l) => l.includes('arXiv - 2309.17453'))!;
		await h.app.vault.modify(list, text.replace(`${line}\n`, '').replace('%% syllabus:end', `${line}\n%% syllabus:end`));
		for (let i = 0; i < 5; i++) await flush();
		const moved = drawn(picker, 'arxiv 2309');
		expect(moved).toMatchObject({ title: 'arXiv:2309.17453', places: ['Long inputs, a reading group › Week 2: Retrieval instead of length'] });
		expect(picker.getSuggestions('attention sinks')[0]?.record.title).not.toBe('arXiv:2309.17453');
	});
});
