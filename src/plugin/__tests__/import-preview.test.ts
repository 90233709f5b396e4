// @vitest-environment jsdom
/**
 * The import flow's default confirm is the preview modal, and its buttons
 * answer it: Cancel (or closing) writes nothing, Import writes with the name
 * typed in the modal, and the links ticked among those the list left out.
 * Every other test answers the importer's confirm directly (harness.ts
 * `importList`); this is the one that presses the modal's own buttons.
 */
import { ButtonComponent, Modal, Notice } from 'obsidian-test-mocks/obsidian';
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportNote } from '../import-flow';
import { flush, loadPlugin, type Harness } from './harness';

beforeAll(() => setup());
afterAll(() => teardown());
afterEach(() => vi.restoreAllMocks());

const LIST = '# Friday group\n\n- [Flash Attention](https://arxiv.org/abs/2205.14135)\n- [RoPE](https://arxiv.org/abs/2104.09864)\n';

/** Keep opened modals on screen (the mock closes them at once) and their buttons' handlers (the mock does not listen for clicks). */
function watchModals(): { opened: Modal[]; press: (label: string) => void } {
	const opened: Modal[] = [];
	vi.spyOn(Modal.prototype, 'open').mockImplementation(function (this: Modal) {
		opened.push(this);
		this.onOpen();
	});
	const buttons: { el: HTMLElement; click: (evt: MouseEvent) => unknown }[] = [];
	vi.spyOn(ButtonComponent.prototype, 'onClick').mockImplementation(function (this: ButtonComponent, cb: (evt: MouseEvent) => unknown) {
		buttons.push({ el: this.buttonEl, click: cb });
		return this;
	});
	const press = (label: string): void => void buttons.filter((b) => b.el.textContent === label).at(-1)!.click(new MouseEvent('click'));
	return { opened, press };
}

async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 100 && !check(); i++) await flush();
	expect(check()).toBe(true);
}

const written = (h: Harness): string[] => h.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith('Syllabus/')).sort();

describe('the import preview modal', () => {
	it('asks before writing: Cancel or closing writes nothing, Import writes with the name typed in it', async () => {
		const h = await loadPlugin();
		const { opened, press } = watchModals();
		Object.defineProperty(navigator, 'clipboard', { value: { readText: () => Promise.resolve(LIST) }, configurable: true });

		const cancelled = h.plugin.importer.importClipboard();
		await until(() => opened.length === 1);
		expect(opened[0]!.contentEl.textContent).toContain('2 new resources, 0 new concepts');
		press('Cancel');
		await cancelled;
		expect(written(h)).toEqual([]);
		expect(h.plugin.importer.lastReport).toBeUndefined();

		const closed = h.plugin.importer.importClipboard();
		await until(() => opened.length === 2);
		opened[1]!.close();
		await closed;
		expect(written(h)).toEqual([]);

		const imported = h.plugin.importer.importClipboard();
		await until(() => opened.length === 3);
		const input = opened[2]!.contentEl.querySelector('input')!;
		expect(input.value).toBe('Friday group');
		input.value = 'Friday RAG group';
		press('Import');
		await imported;
		expect(h.plugin.importer.lastReport?.source).toBe('Clipboard');
		expect(written(h)).toEqual(['Syllabus/Lists/Friday RAG group.md', 'Syllabus/Resources/Flash Attention.md', 'Syllabus/Resources/RoPE.md']);
	});
});

/** A reading beside a profile, a sponsor link, a badge standing alone and a contents link. */
const AWESOME = [
	'# Awesome',
	'',
	'- [Papers](#papers)',
	'',
	'## Papers',
	'',
	'- [Flash Attention](https://arxiv.org/abs/2205.14135)',
	'- [Andrej Karpathy](https://x.com/karpathy)',
	'- [Sponsor us](https://patreon.com/someone)',
	'- [![CI](https://img.shields.io/badge/ci-passing-green.svg)](https://ci.example.com/build)',
	'',
].join('\n');

/** Tick or untick a checkbox as a reader does: its state changes, then `change` fires. */
function tick(box: HTMLInputElement, checked = true): void {
	box.checked = checked;
	box.dispatchEvent(new Event('change'));
}

describe('what the list left out, in the import preview', () => {
	it('lists left-out links by kind, unticked; a ticked link is imported and the numbers follow, unticked ones are not', async () => {
		const h = await loadPlugin();
		const { opened, press } = watchModals();
		const imported = h.plugin.importer.importText('lists/awesome.md', AWESOME);
		await until(() => opened.length === 1);
		const el = opened[0]!.contentEl;
		expect(el.textContent).toContain('1 new resource, 0 new concepts');
		expect(el.querySelector('.syllabus-left-out summary')!.textContent).toBe('Left out of Awesome: 4 links (1 badge, 1 profile, 1 sponsor link, 1 contents link)');
		expect([...el.querySelectorAll('.syllabus-left-out legend')].map((l) => l.textContent)).toEqual(['Badges (1)', 'Profiles (1)', 'Sponsor links (1)']);
		expect(el.textContent).toContain('1 contents link (in-page anchors) cannot be kept');
		const boxes = [...el.querySelectorAll<HTMLInputElement>('.syllabus-left-out-group input[type="checkbox"]')];
		// Each box is named by its label: the link's words, its address and its line.
		expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual([
			expect.stringContaining('https://ci.example.com/build · line 10') as unknown,
			expect.stringContaining('Andrej Karpathyhttps://x.com/karpathy · line 8') as unknown,
			expect.stringContaining('Sponsor ushttps://patreon.com/someone · line 9') as unknown,
		]);
		expect(boxes.every((b) => !b.checked)).toBe(true);

		tick(boxes[1]!);
		await until(() => el.textContent.includes('2 new resources, 0 new concepts'));
		expect(el.querySelector('.syllabus-left-out summary')!.textContent).toBe('Left out of Awesome: 3 links (1 badge, 1 sponsor link, 1 contents link)');
		const notices: (string | DocumentFragment)[] = [];
		vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => void notices.push(message));
		press('Import');
		await imported;
		const summary = notices.find((m): m is DocumentFragment => typeof m !== 'string')!;
		expect(summary.textContent).toMatch(/^Imported lists\/awesome\.md: created 4 notes and the base, updated 0 notes, 0 unchanged\. Left out of Awesome: 3 links \(1 badge, 1 sponsor link, 1 contents link\)\. Open full report$/);
		expect(written(h)).toEqual(['Syllabus/Lists/Awesome.md', 'Syllabus/Resources/Andrej Karpathy.md', 'Syllabus/Resources/Flash Attention.md', 'Syllabus/Topics/Papers.md']);
		// The notice and the report note say what stayed left out, one line per list.
		const last = h.plugin.importer.lastReport!;
		expect(last.leftOut).toEqual(['Left out of Awesome: 3 links (1 badge, 1 sponsor link, 1 contents link)']);
		expect(reportNote(last.source, last.report, last.leftOut)).toContain('## Left out of the readings\n\n- Left out of Awesome: 3 links (1 badge, 1 sponsor link, 1 contents link)\n');
	});

	it('keeps every link with "Keep all", and each one unticked again is left out', async () => {
		const h = await loadPlugin();
		const { opened, press } = watchModals();
		const imported = h.plugin.importer.importText('lists/awesome.md', AWESOME);
		await until(() => opened.length === 1);
		const el = opened[0]!.contentEl;
		const all = [...el.querySelectorAll('label')].find((l) => l.textContent === 'Keep all')!.querySelector('input')!;
		tick(all);
		const boxes = [...el.querySelectorAll<HTMLInputElement>('.syllabus-left-out-group input[type="checkbox"]')];
		expect(boxes.every((b) => b.checked)).toBe(true);
		// Kept, even a badge with nothing beside it is a reading, named from its address.
		await until(() => el.textContent.includes('4 new resources'));
		expect([...el.querySelectorAll<HTMLElement>('.syllabus-left-out-stays')].filter((s) => !s.hidden)).toEqual([]);
		const unticked = boxes.find((b) => b.dataset.url === 'https://ci.example.com/build')!;
		tick(unticked, false);
		expect(all.indeterminate).toBe(true);
		await until(() => el.textContent.includes('3 new resources'));
		press('Import');
		await imported;
		expect(written(h).filter((p) => p.includes('/Resources/'))).toEqual(['Syllabus/Resources/Andrej Karpathy.md', 'Syllabus/Resources/Flash Attention.md', 'Syllabus/Resources/Sponsor us.md']);
	});
});
