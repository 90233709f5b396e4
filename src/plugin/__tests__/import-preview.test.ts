// @vitest-environment jsdom
/**
 * The import flow's default confirm is the preview modal, and its buttons
 * answer it: Cancel (or closing) writes nothing, Import writes with the name
 * typed in the modal. Every other test answers the importer's confirm
 * directly (harness.ts `importList`); this is the one that presses the
 * modal's own buttons.
 */
import { ButtonComponent, Modal } from 'obsidian-test-mocks/obsidian';
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
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
