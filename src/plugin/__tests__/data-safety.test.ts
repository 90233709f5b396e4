// @vitest-environment jsdom
/**
 * The plugin's side of "nothing lost, nothing confused": every clipboard
 * import is a list of its own, named in the preview; the preview says in
 * words when an import takes items out of a list; a status change can be
 * undone from its notice, dates and all; the reader can keep status only in
 * Obsidian.
 */
import { Notice } from 'obsidian-test-mocks/obsidian';
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { flush, importList, loadPlugin, type Harness } from './harness';

beforeAll(() => setup());
afterAll(() => teardown());
afterEach(() => vi.restoreAllMocks());

const GROUP = '# Long-context reading group\n\n' + Array.from({ length: 9 }, (_, i) => `- [Study ${i + 1}](https://arxiv.org/abs/2401.0000${i + 1})`).join('\n');
const RAG = '- [Retrieval paper](https://arxiv.org/abs/2005.11401)\n- [Dense passages](https://arxiv.org/abs/2004.04906)\n';

async function fromClipboard(h: Harness, text: string, rename?: string): Promise<string> {
	Object.defineProperty(navigator, 'clipboard', { value: { readText: () => Promise.resolve(text) }, configurable: true });
	return importList(h, 'Clipboard', text, { start: () => h.plugin.importer.importClipboard(), answer: () => (rename === undefined ? true : { name: rename }) });
}

const listNotes = (h: Harness): string[] => h.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith('Syllabus/Lists/')).sort();
const text = async (h: Harness, path: string): Promise<string> => h.app.vault.read(h.app.vault.getFileByPath(path)!);

describe('clipboard imports', () => {
	it('makes each clipboard import a list of its own, named from its heading or by the reader', async () => {
		const h = await loadPlugin();
		const first = await fromClipboard(h, GROUP);
		expect(first).toContain('List name');
		expect((await fromClipboard(h, RAG, 'Friday RAG group')).match(/leave/)).toBeNull();
		expect(h.plugin.importer.lastReport?.report.missing).toEqual([]);
		expect(listNotes(h)).toEqual(['Syllabus/Lists/Friday RAG group.md', 'Syllabus/Lists/Long-context reading group.md']);
		expect(await text(h, 'Syllabus/Lists/Long-context reading group.md')).toContain('Study 9');
		// A list with no heading is named by when it was pasted.
		await fromClipboard(h, '- [Lonely paper](https://arxiv.org/abs/1706.03762)\n');
		expect(listNotes(h).some((p) => /^Syllabus\/Lists\/Clipboard list \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.md$/.test(p))).toBe(true);
	});
});

describe('the preview', () => {
	it('says in words that an import replaces a list before anything is written', async () => {
		const h = await loadPlugin();
		const first = await importList(h, 'reading/group.md', `# Long-context reading group\n\n## Positions\n- [RoPE](https://arxiv.org/abs/2104.09864)\n${GROUP.split('\n').slice(2).join('\n')}`);
		// A line per note it will create (title, kind, topic), and plurals that agree.
		expect(first).toContain('RoPE · paper · Positions');
		expect(first).toContain('What the 10 new notes will be');
		expect(first).toContain('1 new topic, 1 new list note');
		const words = await importList(h, 'reading/group.md', `# Long-context reading group\n\n${RAG}`);
		// Ten papers and the topic they were filed under.
		expect(words).toContain('Replaces the list “Long-context reading group”: 11 items leave it.');
	});
});

describe('status changes', () => {
	it('offers Undo that puts the status and dates back exactly', async () => {
		const h = await loadPlugin();
		await importList(h, 'reading/group.md', '- [Flash Attention](https://arxiv.org/abs/2205.14135)\n');
		const path = 'Syllabus/Resources/Flash Attention.md';
		const file = h.app.vault.getFileByPath(path)!;
		await h.app.vault.modify(file, (await text(h, path)).replace('status: todo\n', 'status: reading\nstarted: 2026-11-01\n'));
		const before = await text(h, path);
		const messages: (string | DocumentFragment)[] = [];
		vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => void messages.push(message));
		await h.plugin.actions.setStatus(path, 'done');
		expect(await text(h, path)).toMatch(/status: done\n[\s\S]*finished: \d{4}-\d{2}-\d{2}/);
		const notice = messages.find((m): m is DocumentFragment => typeof m !== 'string')!;
		expect(notice.textContent).toBe('Marked done · Undo');
		notice.querySelector('button')!.click();
		await flush();
		expect(await text(h, path)).toBe(before);

		// Back along the cycle (done → todo) the dates go, and Undo brings them back.
		await h.plugin.actions.setStatus(path, 'done');
		const done = await text(h, path);
		messages.length = 0;
		await h.plugin.actions.setStatus(path, 'todo');
		expect(await text(h, path)).not.toMatch(/started|finished/);
		(messages.find((m): m is DocumentFragment => typeof m !== 'string')!).querySelector('button')!.click();
		await flush();
		expect(await text(h, path)).toBe(done);
	});

	it('leaves status to the reader when "Status from the list" is off', async () => {
		const h = await loadPlugin();
		await importList(h, 'log.md', '- [Flash Attention](https://arxiv.org/abs/2205.14135)\n');
		await h.plugin.settings.update({ statusFromLists: false });
		await importList(h, 'log.md', '- [x] [Flash Attention](https://arxiv.org/abs/2205.14135)\n');
		expect(await text(h, 'Syllabus/Resources/Flash Attention.md')).toMatch(/status: todo/);
		await h.plugin.settings.update({ statusFromLists: true });
		const preview = await importList(h, 'log.md', '- [x] [Flash Attention](https://arxiv.org/abs/2205.14135)\n');
		expect(preview).toContain('1 note moves forward because the list marks it done or reading');
		expect(await text(h, 'Syllabus/Resources/Flash Attention.md')).toMatch(/status: done/);
		expect(h.plugin.importer.lastReport?.report.advanced).toHaveLength(1);
	});
});
