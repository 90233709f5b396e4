// @vitest-environment jsdom
/**
 * The real plugin code against obsidian-test-mocks (a strict stand-in for the
 * Obsidian runtime, aliased as `obsidian` in vitest.config.mts): load the
 * plugin, import the seeds through the import flow, open the view and read
 * its tree, click a status, change front matter behind the view's back,
 * query the picker, unload.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCatalog, importCatalog, MemoryVault } from '../../core';
import { ProgressView } from '../progress-view';
import { ResourcePicker } from '../resource-picker';
import { flush, importList, loadPlugin, nextFrame, openView, type Harness } from './harness';

const SEEDS = join(__dirname, '../../../seeds');

beforeAll(() => setup());
afterAll(() => teardown());

describe('the plugin', () => {
	let h: Harness;
	beforeEach(async () => {
		h = await loadPlugin();
	});

	it('registers its view, commands, ribbon and status bar, with no default hotkeys', () => {
		const p = h.plugin as unknown as { commands__: Map<string, { hotkeys?: unknown[] }>; views__: Map<string, unknown>; ribbonActions__: unknown[]; statusBarItems__: unknown[] };
		expect([...p.views__.keys()]).toEqual(['syllabus-study-plan', 'syllabus-progress']);
		expect(p.commands__.size).toBeGreaterThanOrEqual(13);
		for (const c of p.commands__.values()) expect(c.hotkeys).toBeUndefined();
		expect(p.ribbonActions__).toHaveLength(1);
		expect(p.statusBarItems__).toHaveLength(1);
	});

	it('imports the seeds through the preview and shows them in the study plan', async () => {
		for (const f of readdirSync(SEEDS).sort()) await importList(h, `seeds/${f}`, readFileSync(join(SEEDS, f), 'utf8'));
		await flush();
		expect(h.plugin.library.items.size).toBeGreaterThan(400);
		await h.plugin.importer.openReport();
		const report = await h.app.vault.read(h.app.vault.getFileByPath('Syllabus/Import report.md')!);
		// The same count sentences the CLI prints (core/import/report-text.ts).
		expect(report).toMatch(/^# Import of seeds\/004_5b424d46e803c8ce\.txt\n\nCreated \d+ notes \(.*\)\.\nUpdated \d+ notes?; \d+ unchanged\.\n/);
		const view = await openView(h);
		const lists = [...view.contentEl.querySelectorAll('.syllabus-list > .syllabus-row .syllabus-title')].map((e) => e.textContent);
		// Lists named after their source file show that name without the hash.
		expect(lists).toEqual(['Future blogs to write', 'List 000', 'List 001', 'List 002', 'Reading List']);
		expect(view.contentEl.querySelector('.syllabus-overall-count')?.textContent).toMatch(/^2\/\d+ done$/);
		expect(view.contentEl.querySelectorAll('.syllabus-next-item')).toHaveLength(5);

		// Click a status: the note's front matter changes, and the row and its bars follow.
		const row = [...view.contentEl.querySelectorAll('.syllabus-item .syllabus-row')].find((r) => r.querySelector('.syllabus-title')?.textContent === 'word2vec')!;
		(row.querySelector('.syllabus-status') as HTMLElement).click();
		await flush();
		const note = h.app.vault.getFileByPath('Syllabus/Resources/word2vec.md')!;
		expect(await h.app.vault.read(note)).toMatch(/status: reading\n/);
		expect(await h.app.vault.read(note)).toMatch(/started: \d{4}-\d{2}-\d{2}/);
		const pill = row.querySelector('.syllabus-status')!;
		expect(pill.textContent).toBe('reading');
		const embeddings = [...view.contentEl.querySelectorAll('.syllabus-topic > .syllabus-row')].find((r) => r.querySelector('.syllabus-title')?.textContent === 'Embeddings')!;
		expect(embeddings.querySelector('.syllabus-count')?.textContent).toBe('0/7');
		(pill as HTMLElement).click();
		await flush();
		expect(await h.app.vault.read(note)).toMatch(/status: done\n[\s\S]*finished: \d{4}-\d{2}-\d{2}/);
		expect(pill.textContent).toBe('done');
		// Only the row and its ancestors changed: the same elements, updated in place.
		expect(view.contentEl.contains(embeddings)).toBe(true);
		expect(view.contentEl.contains(pill)).toBe(true);
		expect(embeddings.querySelector('.syllabus-count')?.textContent).toBe('1/7');
		expect(view.contentEl.querySelector('.syllabus-overall-count')?.textContent).toMatch(/^3\/\d+ done$/);

		// An edit made elsewhere (the editor, sync, another plugin) shows up without a refresh.
		const rope = h.app.vault.getFileByPath('Syllabus/Resources/RoPE embeddings.md')!;
		await h.app.vault.modify(rope, (await h.app.vault.read(rope)).replace('status: todo', 'status: done'));
		await flush();
		expect(embeddings.querySelector('.syllabus-count')?.textContent).toBe('2/7');
		const ropeRow = [...view.contentEl.querySelectorAll('.syllabus-item .syllabus-row')].find((r) => r.querySelector('.syllabus-title')?.textContent === 'RoPE embeddings')!;
		expect(ropeRow.querySelector('.syllabus-status')?.textContent).toBe('done');

		// A second import of the same list changes nothing.
		const before = new Map(await Promise.all(h.app.vault.getMarkdownFiles().map(async (f) => [f.path, await h.app.vault.read(f)] as const)));
		await importList(h, 'seeds/000_2b7d31b80b4016fc.txt', readFileSync(join(SEEDS, '000_2b7d31b80b4016fc.txt'), 'utf8'));
		const after = new Map(await Promise.all(h.app.vault.getMarkdownFiles().map(async (f) => [f.path, await h.app.vault.read(f)] as const)));
		expect(after).toEqual(before);

		// Unloading removes every listener: later edits reach nothing of ours.
		h.plugin.unload();
		await h.app.vault.modify(note, (await h.app.vault.read(note)).replace('status: done', 'status: todo'));
		await flush();
		expect(h.plugin.library.items.get('Syllabus/Resources/word2vec.md')?.status).toBe('done');
	});
});

describe('the study plan view', () => {
	it('keeps folds, filters and focus in its own state, not in data.json', async () => {
		const h = await loadPlugin();
		await importList(h, 'seeds/000.txt', readFileSync(join(SEEDS, '000_2b7d31b80b4016fc.txt'), 'utf8'));
		await flush();
		const saveData = vi.spyOn(h.plugin, 'saveData');
		const view = await openView(h);
		const input = view.contentEl.querySelector<HTMLInputElement>('.syllabus-filter-text')!;
		input.value = 'embedings';
		input.dispatchEvent(new Event('input'));
		view.render();
		// Fuzzy, through the picker's index: a typo still finds the embeddings.
		const titles = [...view.contentEl.querySelectorAll('.syllabus-item .syllabus-title')].map((e) => e.textContent);
		expect(titles).toEqual(expect.arrayContaining(['RoPE embeddings', 'Sentence Transformer embeddings', 'Jina embeddings', 'ColPali Embeddings']));
		expect(titles).not.toContain('Nlp course chapter6 5');
		expect(view.getState()).toMatchObject({ text: 'embedings', statuses: [], kinds: [] });
		expect(saveData).not.toHaveBeenCalled();

		// A filter that matches nothing says so and offers to clear it.
		input.value = 'zzzz qqqq';
		input.dispatchEvent(new Event('input'));
		view.render();
		expect(view.contentEl.querySelectorAll('.syllabus-list')).toHaveLength(0);
		expect(view.contentEl.querySelector('.syllabus-empty')?.textContent).toMatch(/Nothing matches these filters/);
		view.contentEl.querySelector<HTMLElement>('[data-action="clear"]')!.click();
		view.render();
		expect(view.getState()).toMatchObject({ text: '' });
		expect(view.contentEl.querySelectorAll('.syllabus-list')).toHaveLength(1);

		// A restored state applies: the focus decides where Next up comes from.
		const embeddings = [...h.plugin.library.items.values()].find((i) => i.type === 'topic' && i.title === 'Embeddings')!;
		await view.setState({ focus: embeddings.path, collapsed: [], expanded: [], statuses: [], kinds: [], text: '' }, { history: false });
		view.render();
		const next = [...view.contentEl.querySelectorAll('.syllabus-next-up .syllabus-title')].map((e) => e.textContent);
		expect(next[0]).toBe('word2vec');
		expect(view.contentEl.querySelector('.syllabus-next-up .syllabus-section-title')?.textContent).toBe('Next up in Embeddings');
	});
});

describe('folding and filtering the study plan', () => {
	it('gives a topic named with nothing under it no chevron: there is nothing to fold', async () => {
		// Two lists read together: in the second, C holds only a line naming A, a topic the first list fills,
		// so that row of A has nothing under it.
		const v = new MemoryVault();
		const one = { file: 'one.md', text: '# One\n\n## A\n- [x] [First](https://a.io/1)\n' };
		const two = { file: 'two.md', text: '# Two\n\n## B\n- [Second](https://a.io/2)\n## C\n- A\n' };
		await importCatalog(v, buildCatalog([one, two]), { folder: 'Syllabus', today: '2026-01-15' });
		const h = await loadPlugin(Object.fromEntries(v.files));
		await flush();
		const view = await openView(h);
		const topics = [...view.contentEl.querySelectorAll<HTMLElement>('.syllabus-topic')];
		const row = (t: HTMLElement): HTMLElement => t.querySelector<HTMLElement>(':scope > .syllabus-row')!;
		const bare = topics.filter((t) => !t.querySelector('.syllabus-children'));
		expect(bare.map((t) => row(t).querySelector('.syllabus-title')!.textContent)).toEqual(['A']);
		for (const t of bare) {
			expect(row(t).querySelector('[data-action="toggle"]'), row(t).textContent ?? '').toBeNull();
			expect(row(t).hasAttribute('aria-expanded')).toBe(false);
			expect(row(t).querySelector('.syllabus-toggle')!.childElementCount).toBe(0);
		}
		for (const t of topics.filter((t) => !bare.includes(t))) expect(row(t).querySelector('[data-action="toggle"]')).not.toBeNull();
	});

	it('writes no settings and draws once: a fold touches only its topic, keystrokes redraw once a frame', async () => {
		const h = await loadPlugin();
		await importList(h, 'seeds/000.txt', readFileSync(join(SEEDS, '000_2b7d31b80b4016fc.txt'), 'utf8'));
		await flush();
		const view = await openView(h);
		const saveData = vi.spyOn(h.plugin, 'saveData');
		const saveLayout = vi.spyOn(h.app.workspace, 'requestSaveLayout');
		const render = vi.spyOn(view, 'render');

		const topic = [...view.contentEl.querySelectorAll<HTMLElement>('.syllabus-topic')].find((t) => t.querySelector('.syllabus-title')?.textContent === 'Embeddings')!;
		const rows = (): number => topic.querySelectorAll('.syllabus-item').length;
		expect(rows()).toBe(7);
		topic.querySelector<HTMLElement>('[data-action="toggle"]')!.click();
		await nextFrame();
		expect(rows()).toBe(0);
		expect(view.contentEl.contains(topic)).toBe(true);
		expect(render).not.toHaveBeenCalled();
		expect(view.getState()).toMatchObject({ collapsed: [expect.stringContaining('Embeddings')] });

		const input = view.contentEl.querySelector<HTMLInputElement>('.syllabus-filter-text')!;
		for (const text of ['e', 'em', 'emb']) {
			input.value = text;
			input.dispatchEvent(new Event('input'));
		}
		await nextFrame();
		expect(render).toHaveBeenCalledTimes(1);
		expect(view.getState()).toMatchObject({ text: 'emb' });
		// The fold and the filter are kept with the workspace layout, never in data.json.
		expect(saveLayout).toHaveBeenCalled();
		expect(saveData).not.toHaveBeenCalled();
	});
});

describe('list note checkboxes', () => {
	it('follow a status changed anywhere, and a box ticked in the list note sets the status', async () => {
		const h = await loadPlugin();
		await importList(h, 'seeds/000.txt', readFileSync(join(SEEDS, '000_2b7d31b80b4016fc.txt'), 'utf8'));
		await flush();
		const list = h.app.vault.getFileByPath('Syllabus/Lists/000.md')!;
		expect(await h.app.vault.read(list)).toContain('\t- [ ] [[word2vec]]\n\t- [ ] [[RoPE embeddings]]');
		// Status → box.
		await h.plugin.actions.setStatus('Syllabus/Resources/word2vec.md', 'reading');
		for (let i = 0; i < 5; i++) await flush();
		expect(await h.app.vault.read(list)).toContain('\t- [/] [[word2vec]]\n\t- [ ] [[RoPE embeddings]]');
		// Box → status, with the date the status control writes.
		await h.app.vault.modify(list, (await h.app.vault.read(list)).replace('- [ ] [[RoPE embeddings]]', '- [x] [[RoPE embeddings]]'));
		for (let i = 0; i < 5; i++) await flush();
		const rope = await h.app.vault.read(h.app.vault.getFileByPath('Syllabus/Resources/RoPE embeddings.md')!);
		expect(rope).toMatch(/^status: done$/m);
		expect(rope).toMatch(/^finished: \d{4}-\d{2}-\d{2}$/m);
		// Unticked again, back to todo; the other boxes did not move.
		await h.app.vault.modify(list, (await h.app.vault.read(list)).replace('- [x] [[RoPE embeddings]]', '- [ ] [[RoPE embeddings]]'));
		for (let i = 0; i < 5; i++) await flush();
		expect(await h.app.vault.read(h.app.vault.getFileByPath('Syllabus/Resources/RoPE embeddings.md')!)).toMatch(/^status: todo$/m);
		expect(await h.app.vault.read(list)).toContain('\t- [/] [[word2vec]]');
		expect(h.plugin.library.items.get('Syllabus/Resources/word2vec.md')?.status).toBe('reading');
	});
});

describe('the progress view', () => {
	it('shows lists and topics with their counts and a weekly chart with a text alternative', async () => {
		const h = await loadPlugin();
		await importList(h, 'seeds/000.txt', readFileSync(join(SEEDS, '000_2b7d31b80b4016fc.txt'), 'utf8'));
		await flush();
		for (const [name, finished] of [['word2vec', '2026-11-17'], ['RoPE embeddings', '2026-11-10']] as const) {
			const f = h.app.vault.getFileByPath(`Syllabus/Resources/${name}.md`)!;
			await h.app.vault.modify(f, (await h.app.vault.read(f)).replace('status: todo', `status: done\nfinished: ${finished}`));
		}
		await flush();
		const revealed: string[] = [];
		const view = new ProgressView(WorkspaceLeaf.create2__(h.app).asOriginalType3__(), h.plugin.context, (p) => revealed.push(p), () => '2026-11-22');
		await view.onOpen();
		const svg = view.contentEl.querySelector('svg[role="img"]')!;
		expect(svg.getAttribute('aria-label')).toMatch(/^Items finished per week: 2 finished in the last 12 weeks, .* 1 this week of a goal of 3\.$/);
		expect(svg.querySelectorAll('rect')).toHaveLength(12);
		const cells = [...view.contentEl.querySelectorAll('.syllabus-chart-table tbody tr')].map((r) => r.textContent);
		expect(cells.slice(-2)).toEqual(['Nov 91', 'Nov 161']);
		expect(view.contentEl.textContent).toMatch(/Streak: 2 weeks/);
		const row = [...view.contentEl.querySelectorAll('.syllabus-progress-row')].find((r) => r.querySelector('button')?.textContent === 'Embeddings')!;
		expect(row.querySelector('.syllabus-count')?.textContent).toBe('2/7');
		row.querySelector('button')!.click();
		expect(revealed).toEqual(['Syllabus/Topics/Embeddings.md']);
	});
});

describe('the commands', () => {
	it('imports the current note through "Import current note as a reading list"', async () => {
		const text = readFileSync(join(SEEDS, '002_b4185ab2ae5688b7.txt'), 'utf8');
		const h = await loadPlugin({ 'Reading/compilation.md': text });
		const commands = (h.plugin as unknown as { commands__: Map<string, { checkCallback?: (checking: boolean) => boolean | void }> }).commands__;
		const command = commands.get('import-current-note')!;
		// Offered only when a note is open.
		expect(command.checkCallback!(true)).toBe(false);
		await h.app.workspace.getLeaf(false).openFile(h.app.vault.getFileByPath('Reading/compilation.md')!);
		expect(command.checkCallback!(true)).toBe(true);
		await importList(h, 'Reading/compilation.md', text, {
			start: async () => {
				command.checkCallback!(false);
				await flush();
			},
		});
		expect(h.app.vault.getFileByPath('Syllabus/Resources/vllm.md')).toBeTruthy();
		// Status commands are offered on Syllabus notes only.
		const done = commands.get('set-status-done')!;
		expect(done.checkCallback!(true)).toBe(false);
		await h.app.workspace.getLeaf(false).openFile(h.app.vault.getFileByPath('Syllabus/Resources/vllm.md')!);
		await flush();
		expect(done.checkCallback!(true)).toBe(true);
		done.checkCallback!(false);
		await flush();
		expect(await h.app.vault.read(h.app.vault.getFileByPath('Syllabus/Resources/vllm.md')!)).toMatch(/status: done\n[\s\S]*finished: /);
	});
});

describe('the picker', () => {
	it('finds a resource by a typo and lists Next up for an empty query', async () => {
		const h = await loadPlugin();
		await importList(h, 'seeds/000.txt', readFileSync(join(SEEDS, '000_2b7d31b80b4016fc.txt'), 'utf8'));
		await flush();
		const picker = new ResourcePicker(h.app.asOriginalType__(), h.plugin.context, 'open');
		const titles = (q: string): string[] => picker.getSuggestions(q).map((r) => r.record.title);
		const count = (): string | null | undefined => picker.modalEl.querySelector('.syllabus-query-count')?.textContent;
		// An empty query is Next up: the list's own order.
		expect(titles('').slice(0, 5)).toEqual(['Nlp course chapter6 5', 'openai/tiktoken', 'Why 9.11 > 9.9', 'word2vec', 'RoPE embeddings']);
		expect(count()).toBe('Next up');
		// One edit in a long word finds every attention item and nothing else: without the one-edit match
		// a weaker two-edit neighbour lets `Quantization (docs)` into the tail.
		expect(titles('atention')).toEqual(['Dao-AILab/flash-attention', 'Self Attention / Cross attention', 'Cross Attention in Vision transformers', 'Group Query Attention', 'Ring Attention', 'Paged Attention']);
		expect(count()).toBe('6 matches');
		// `embedings` is one edit from each title's `embeddings`: that match decides this order (without it they reorder).
		expect(titles('embedings')).toEqual(['How to fine-tune embeddings on particular corpus?', 'Sentence Transformer embeddings', 'RoPE embeddings', 'Jina embeddings', 'ColPali Embeddings']);
		// Two letters swapped in a short word are one edit: the word meant, and no tail of trigram noise.
		expect(titles('qwne')).toEqual(['Qwen']);
		expect(titles('mamab')).toEqual(['Mamba']);
		expect(count()).toBe('1 match');
		const el = createDiv();
		const hit = picker.getSuggestions('word2vec')[0]!;
		picker.renderSuggestion(hit, el);
		expect(el.querySelector('.syllabus-match')?.textContent).toBe('word2vec');
		expect(count()).toBe('1 match');
		// A misspelt topic filter still names the topic's items, in study order.
		expect(titles('#tokenizaton')).toEqual(['Nlp course chapter6 5', 'openai/tiktoken', 'Why 9.11 > 9.9']);
		expect(count()).toBe('3 matches');
	});

	it('understands author: and year: and shows authors · year · venue', async () => {
		const h = await loadPlugin();
		const list = ['- Okafor, A. "Sparse mixtures for long documents." ACL 2021. [pdf](https://arxiv.org/abs/2101.00001)', '- Lin, B. "Dense routing revisited." EMNLP 2019. [pdf](https://arxiv.org/abs/1901.00002)'].join('\n');
		await importList(h, 'papers.md', list);
		await flush();
		const picker = new ResourcePicker(h.app.asOriginalType__(), h.plugin.context, 'open');
		expect(picker.getSuggestions('author:okafor').map((r) => r.record.title)).toEqual(['Sparse mixtures for long documents']);
		expect(picker.getSuggestions('year:2019').map((r) => r.record.title)).toEqual(['Dense routing revisited']);
		const el = createDiv();
		picker.renderSuggestion(picker.getSuggestions('sparse mixtures')[0]!, el);
		expect(el.querySelector('.syllabus-suggestion-cited')?.textContent).toBe('A. Okafor · 2021 · ACL');
	});
});
