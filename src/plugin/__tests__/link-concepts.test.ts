// @vitest-environment jsdom
/**
 * "Link concepts mentioned in this note" and "… in all resource notes" run
 * in the real plugin over obsidian-test-mocks: the preview shows each mention
 * with its sentence, the first of each concept checked; Link writes the links
 * through the vault; Undo takes them out again, keeping what the reader typed
 * since; the bulk run counts first, skips a note with unsaved edits and stops
 * when cancelled.
 */
import { ButtonComponent, MarkdownView, Notice } from 'obsidian-test-mocks/obsidian';
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../core';
import { linkConceptsInNote, mentionTargets } from '../link-concepts';
import { planLinks, runLinks } from '../link-concepts-all';
import { notesForQuery, notesInFolder } from '../link-concepts-scopes';
import { LinkConceptsModal } from '../link-concepts-modal';
import { updateMentionedIn } from '../mentioned-in';
import { flush, importList, loadPlugin, type Harness } from './harness';

beforeAll(() => setup());
afterAll(() => teardown());
afterEach(() => vi.restoreAllMocks());

const LIST = [
	'# Long context',
	'## Positions',
	'- RoPE',
	'- KV cache',
	'- [RoFormer: Enhanced Transformer with Rotary Position Embedding](https://arxiv.org/abs/2104.09864)',
	'- [Efficient Memory Management for LLM Serving with PagedAttention](https://arxiv.org/abs/2309.06180)',
].join('\n');
const ROFORMER = 'Syllabus/Resources/RoFormer - Enhanced Transformer with Rotary Position Embedding.md';
const PAGED = 'Syllabus/Resources/Efficient Memory Management for LLM Serving with PagedAttention.md';
const MY_NOTES = '\n## Summary\nRoPE rotates queries and keys. Unlike absolute positions, rope decays with distance.\n\n```py\nrope = RoPE()\n```\nThe kv cache is unaffected.\n';

async function setUp(): Promise<Harness> {
	const h = await loadPlugin();
	await importList(h, 'reading/long-context.md', LIST);
	for (const path of [ROFORMER, PAGED]) {
		const f = h.plugin.app.vault.getFileByPath(path);
		expect(f, path).toBeTruthy();
		await h.plugin.app.vault.process(f!, (t) => t + MY_NOTES);
	}
	// The metadata cache picks up the new notes as Obsidian's does.
	await h.plugin.library.build();
	return h;
}

const text = async (h: Harness, path: string): Promise<string> => h.plugin.app.vault.read(h.plugin.app.vault.getFileByPath(path)!);
// The modal is not in the document here, where a click does not fire `change` (jsdom follows the spec).
const toggle = (box: HTMLInputElement): void => {
	box.click();
	box.dispatchEvent(new Event('change'));
};
const noticesOf = (): (string | DocumentFragment)[] => {
	const messages: (string | DocumentFragment)[] = [];
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => void messages.push(message));
	return messages;
};

describe('linking the concepts a note mentions', () => {
	it('knows every concept and topic by its names', async () => {
		const h = await setUp();
		expect(mentionTargets(h.plugin.library).map((t) => t.title).sort()).toEqual(['KV cache', 'Positions', 'RoPE']);
	});

	it('writes [[Concept|as written]] for the first mention of each, and Undo puts the note back', async () => {
		const h = await setUp();
		const file = h.plugin.app.vault.getFileByPath(ROFORMER)!;
		const before = await text(h, ROFORMER);
		const messages = noticesOf();
		let shown: Mention[] = [];
		await linkConceptsInNote(h.plugin.app, h.plugin.library, file, (_f, _t, ms) => {
			shown = ms;
			return Promise.resolve(ms.filter((m) => m.checked));
		});
		// The note already links its topic "Positions" in its properties: that mention is offered, unchecked.
		expect(shown.map((m) => [m.text, m.checked])).toEqual([['RoPE', true], ['positions', false], ['rope', false], ['kv cache', true]]);
		const after = await text(h, ROFORMER);
		expect(after).toContain('[[RoPE]] rotates queries and keys. Unlike absolute positions, rope decays');
		expect(after).toContain('The [[KV cache|kv cache]] is unaffected.');
		expect(after).toContain('rope = RoPE()');
		const notice = messages.find((m): m is DocumentFragment => typeof m !== 'string')!;
		expect(notice.textContent).toBe('Linked 2 mentions · Undo');

		// The reader types more before pressing Undo: that stays.
		await h.plugin.app.vault.process(file, (t) => `${t}A line typed after linking.\n`);
		notice.querySelector('button')!.click();
		await flush();
		expect(await text(h, ROFORMER)).toBe(`${before}A line typed after linking.\n`);
	});

	it('says so when a note mentions nothing, and writes nothing when the reader cancels', async () => {
		const h = await setUp();
		const messages = noticesOf();
		const list = h.plugin.app.vault.getMarkdownFiles().find((f) => f.path.startsWith('Syllabus/Lists/'))!;
		const before = await text(h, ROFORMER);
		await linkConceptsInNote(h.plugin.app, h.plugin.library, h.plugin.app.vault.getFileByPath(ROFORMER)!, () => Promise.resolve(undefined));
		expect(await text(h, ROFORMER)).toBe(before);
		await linkConceptsInNote(h.plugin.app, h.plugin.library, list, () => Promise.reject(new Error('no preview expected')));
		expect(messages).toContain('No mentions of your concepts or topics in this note.');
	});

	it('shows each mention with its sentence and a checkbox, the first of each concept checked', async () => {
		const h = await setUp();
		const body = await text(h, ROFORMER);
		const file = h.plugin.app.vault.getFileByPath(ROFORMER)!;
		const buttons: { el: HTMLElement; click: (evt: MouseEvent) => unknown }[] = [];
		vi.spyOn(ButtonComponent.prototype, 'onClick').mockImplementation(function (this: ButtonComponent, cb: (evt: MouseEvent) => unknown) {
			buttons.push({ el: this.buttonEl, click: cb });
			return this;
		});
		let chosen: Mention[] | undefined;
		await linkConceptsInNote(h.plugin.app, h.plugin.library, file, (f, t, ms) => {
			const modal = new LinkConceptsModal(h.plugin.app, f.basename, t, ms, (c) => (chosen = c));
			modal.onOpen();
			const rows = [...modal.contentEl.querySelectorAll('li')];
			expect(rows.map((r) => r.textContent)).toEqual([
				'RoPERoPE rotates queries and keys.',
				'PositionsUnlike absolute positions, rope decays with distance.',
				'RoPEUnlike absolute positions, rope decays with distance.',
				'KV cacheThe kv cache is unaffected.',
			]);
			expect(rows[0]!.querySelector('strong')!.textContent).toBe('RoPE');
			const boxes = rows.map((r) => r.querySelector('input')!);
			expect(boxes.map((b) => b.checked)).toEqual([true, false, false, true]);
			expect(buttons.at(-1)!.el.textContent).toBe('Link 2 mentions');
			toggle(boxes[0]!);
			toggle(boxes[2]!);
			expect(buttons.at(-1)!.el.textContent).toBe('Link 2 mentions');
			toggle(boxes[3]!);
			expect(buttons.at(-1)!.el.textContent).toBe('Link 1 mention');
			void buttons.at(-1)!.click(new MouseEvent('click'));
			return Promise.resolve(chosen);
		});
		expect(chosen!.map((m) => m.text)).toEqual(['rope']);
		expect(await text(h, ROFORMER)).toBe(body.replace('positions, rope decays', 'positions, [[RoPE|rope]] decays'));
	});

	it('saves what the editor shows before finding mentions, so the preview matches the screen', async () => {
		const h = await setUp();
		const file = h.plugin.app.vault.getFileByPath(ROFORMER)!;
		const typed = `${await text(h, ROFORMER)}Typed just now: the KV cache again.\n`;
		const editor = Object.assign(Object.create(MarkdownView.prototype) as MarkdownView, { file, save: () => h.plugin.app.vault.modify(file, typed) });
		vi.spyOn(h.plugin.app.workspace, 'getLeavesOfType').mockReturnValue([{ view: editor }] as never);
		let seen = '';
		await linkConceptsInNote(h.plugin.app, h.plugin.library, file, (_f, t) => {
			seen = t;
			return Promise.resolve(undefined);
		});
		expect(seen).toBe(typed);
	});

	it('finds the chosen mentions again if the note changed while the preview was open', async () => {
		const h = await setUp();
		const file = h.plugin.app.vault.getFileByPath(ROFORMER)!;
		await linkConceptsInNote(h.plugin.app, h.plugin.library, file, async (f, _t, ms) => {
			await h.plugin.app.vault.process(f, (t) => t.replace('## Summary\n', '## Summary\nTyped while the preview was open.\n'));
			return ms.filter((m) => m.text === 'kv cache');
		});
		const now = await text(h, ROFORMER);
		expect(now).toContain('Typed while the preview was open.\nRoPE rotates');
		expect(now).toContain('The [[KV cache|kv cache]] is unaffected.');
	});
});

describe('linking concepts in all resource notes', () => {
	it('counts first, then links the first mention per concept in each note, and Undo takes them all out', async () => {
		const h = await setUp();
		const targets = mentionTargets(h.plugin.library);
		const files = [ROFORMER, PAGED].map((p) => h.plugin.app.vault.getFileByPath(p)!);
		const before = await Promise.all([ROFORMER, PAGED].map((p) => text(h, p)));
		const plan = await planLinks(h.plugin.app, files, targets);
		expect(plan.mentions).toBe(4);
		expect(await Promise.all([ROFORMER, PAGED].map((p) => text(h, p)))).toEqual(before);
		const progress: number[] = [];
		const run = await runLinks(h.plugin.app, plan, targets, (n) => progress.push(n), () => false);
		expect(run).toMatchObject({ linked: 4, notes: 2, skippedUnsaved: [], cancelled: false });
		expect(progress).toEqual([1, 2]);
		expect(await text(h, PAGED)).toContain('[[RoPE]] rotates');
	});

	it('skips a note open with unsaved edits and stops when cancelled', async () => {
		const h = await setUp();
		const targets = mentionTargets(h.plugin.library);
		const files = [ROFORMER, PAGED].map((p) => h.plugin.app.vault.getFileByPath(p)!);
		const onDisk = await text(h, ROFORMER);
		const editor = Object.assign(Object.create(MarkdownView.prototype) as MarkdownView, { file: files[0], editor: { getValue: () => `${onDisk}typing…` } });
		vi.spyOn(h.plugin.app.workspace, 'getLeavesOfType').mockReturnValue([{ view: editor }] as never);
		const plan = await planLinks(h.plugin.app, files, targets);
		const run = await runLinks(h.plugin.app, plan, targets, () => undefined, () => false);
		expect(run.skippedUnsaved).toEqual([ROFORMER]);
		expect(await text(h, ROFORMER)).toBe(onDisk);
		expect(run.linked).toBe(2);

		const h2 = await setUp();
		const plan2 = await planLinks(h2.plugin.app, [ROFORMER, PAGED].map((p) => h2.plugin.app.vault.getFileByPath(p)!), targets);
		let calls = 0;
		const stopped = await runLinks(h2.plugin.app, plan2, targets, () => undefined, () => calls++ > 0);
		expect(stopped).toMatchObject({ cancelled: true, notes: 1 });
	});
});

describe('the notes a run covers', () => {
	it('is a folder with its sub-folders, or the resource notes a picker query finds', async () => {
		const h = await setUp();
		const folder = h.plugin.app.vault.getFolderByPath('Syllabus/Resources')!;
		expect(notesInFolder(folder).map((f) => f.path).sort()).toEqual([PAGED, ROFORMER]);
		expect(notesInFolder(h.plugin.app.vault.getFolderByPath('Syllabus')!).length).toBeGreaterThan(4);
		// The picker's typo tolerance: the best match first.
		expect(notesForQuery(h.plugin, 'roformr').map((f) => f.path)[0]).toBe(ROFORMER);
		expect(notesForQuery(h.plugin, 'kind:paper').map((f) => f.path).sort()).toEqual([PAGED, ROFORMER]);
		// Concepts are not resource notes, even when the query finds them.
		expect(notesForQuery(h.plugin, 'rope kind:concept')).toEqual([]);
	});
});

describe('which resources mention each concept', () => {
	it('lists them in a generated block on the concept note, and a second run writes nothing', async () => {
		const h = await setUp();
		const rope = 'Syllabus/Concepts/RoPE.md';
		const before = await text(h, rope);
		const first = await updateMentionedIn(h.plugin.app, h.plugin.library);
		expect(first.updated.sort()).toEqual(['Syllabus/Concepts/KV cache.md', rope]);
		const after = await text(h, rope);
		expect(after).toContain('Mentioned in:\n- [[Efficient Memory Management for LLM Serving with PagedAttention]]\n- [[RoFormer - Enhanced Transformer with Rotary Position Embedding]]\n%% syllabus:end %%\n\n## Notes');
		expect(after.replace(/%% syllabus:begin[\s\S]*%% syllabus:end %%\n\n/, '')).toBe(before);
		expect((await updateMentionedIn(h.plugin.app, h.plugin.library)).updated).toEqual([]);
	});
});
