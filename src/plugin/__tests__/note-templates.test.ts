// @vitest-environment jsdom
/**
 * Template notes named in settings shape new notes imported in Obsidian;
 * `{{date}}` follows the daily notes format; a missing template note is
 * reported in the import report and the built-in body used.
 */
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { templateDate } from '../note-templates';
import { DEFAULT_SETTINGS, mergeSettings } from '../settings';
import { importList, loadPlugin } from './harness';

beforeAll(() => setup());
afterAll(() => teardown());
afterEach(() => vi.restoreAllMocks());

const LIST = '## Serving\n- [Efficient Memory Management for LLM Serving with PagedAttention](https://arxiv.org/abs/2309.06180)\n- KV cache\n';
const PAPER = '---\ntags: [template]\n---\n## Summary\n\n## Key ideas\n\n## Questions\n\nAdded {{date}} · {{year|n.d.}} · {{topics}}\n';

describe('template notes in the plugin', () => {
	it('shapes new resource notes from the template note, with the daily notes date format', async () => {
		const h = await loadPlugin({ 'Templates/Paper.md': PAPER });
		const adapter = h.plugin.app.vault.adapter;
		const exists = adapter.exists.bind(adapter);
		const read = adapter.read.bind(adapter);
		vi.spyOn(adapter, 'exists').mockImplementation((p: string) => (p === '.obsidian/daily-notes.json' ? Promise.resolve(true) : exists(p)));
		vi.spyOn(adapter, 'read').mockImplementation((p: string) => (p === '.obsidian/daily-notes.json' ? Promise.resolve('{"format":"[Day] DDD [of] YYYY"}') : read(p)));
		await h.plugin.settings.update({ templates: { ...h.plugin.settings.value.templates, resource: 'Templates/Paper' } });
		await importList(h, 'serving.md', LIST);
		const note = await h.plugin.app.vault.read(h.plugin.app.vault.getFileByPath('Syllabus/Resources/Efficient Memory Management for LLM Serving with PagedAttention.md')!);
		expect(note).toMatch(/\n## Summary\n\n## Key ideas\n\n## Questions\n\nAdded Day \d{1,3} of \d{4} · n\.d\. · \[\[Serving\]\]\n$/);
		expect(note).not.toContain('template');
		// The concept template is not set: the built-in body.
		expect(await h.plugin.app.vault.read(h.plugin.app.vault.getFileByPath('Syllabus/Concepts/KV cache.md')!)).toMatch(/## Notes\n\n$/);
	});

	it('keeps template settings as text, and never changes the defaults', () => {
		const merged = mergeSettings({ templates: { resource: 'Templates/Paper.md', concept: 3, topic: null } });
		expect(merged.templates).toEqual({ resource: 'Templates/Paper.md', concept: '', topic: '' });
		merged.templates.topic = 'x';
		expect(DEFAULT_SETTINGS.templates).toEqual({ resource: '', concept: '', topic: '' });
		expect(mergeSettings(undefined).templates).toEqual({ resource: '', concept: '', topic: '' });
	});

	it('dates in ISO when the vault sets no daily notes format', async () => {
		const h = await loadPlugin();
		expect(await templateDate(h.plugin.app)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('reports a template note it cannot find and uses the built-in body', async () => {
		const h = await loadPlugin();
		await h.plugin.settings.update({ templates: { ...h.plugin.settings.value.templates, resource: 'Templates/Missing.md' } });
		await importList(h, 'serving.md', LIST);
		expect(h.plugin.importer.lastReport?.report.templateProblems).toEqual(['template note Templates/Missing.md was not found; new resource notes get the built-in body']);
		const note = await h.plugin.app.vault.read(h.plugin.app.vault.getFileByPath('Syllabus/Resources/Efficient Memory Management for LLM Serving with PagedAttention.md')!);
		expect(note).toMatch(/\n## Notes\n\n$/);
	});
});
