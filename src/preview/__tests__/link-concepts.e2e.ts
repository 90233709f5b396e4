/**
 * "Link concepts mentioned in this note" as a reader uses it, in headless
 * Chromium over the seed lists: the preview lists each mention with its
 * sentence and a checkbox (first of each concept checked), answers the
 * keyboard, passes axe-core, writes the links, and Undo puts the note back.
 * The preview is photographed for the README in both themes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PreviewHandle } from '../main';
import { axeFindings, SHOTS, sharedPreview } from './browser';


/** What the reader wrote under their notes: names of seed concepts and topics, in their own case. */
const WRITTEN = [
	'## Summary',
	'The authors fine-tune with LoRA and compare it against QLoRA on a 4-bit base model.',
	'Serving runs on vLLM with grouped query attention; LoRA adapters are merged before serving.',
	'Distillation from the larger model closes the gap, and `LoRA` in code stays as it is.',
	'',
].join('\n');

const preview = sharedPreview();

/** Write the reader's text into the first paper note, open it, and run the command. Returns the note's path and text before. */
async function openPreviewOfLinks(page: Page): Promise<{ path: string; before: string }> {
	return page.evaluate(async (written) => {
		const { plugin } = window.syllabusPreview as PreviewHandle;
		const paper = [...plugin.library.items.values()].filter((i) => i.type === 'resource' && i.kind === 'paper').map((i) => i.path).sort()[0]!;
		const file = plugin.app.vault.getFileByPath(paper)!;
		await plugin.app.vault.process(file, (t) => t + written);
		await plugin.actions.openNote(paper, false);
		const before = await plugin.app.vault.read(file);
		const command = (plugin as unknown as { commands__: Map<string, { checkCallback?: (checking: boolean) => unknown }> }).commands__.get('link-concepts')!;
		command.checkCallback!(false);
		return { path: paper, before };
	}, WRITTEN);
}

/**
 * axe-core's serious and critical findings, but for the contrast of Obsidian's own accent button
 * (`.mod-cta`: white on the default theme's accent, about 4:1), which is the app's styling, not ours.
 */
async function findings(page: Page): Promise<string[]> {
	return (await axeFindings(page)).filter((f) => !/^serious color-contrast: .* — 1 element\(s\), e\.g\. \.mod-cta$/.test(f));
}

const noteText = (page: Page, path: string): Promise<string> =>
	page.evaluate((p) => {
		const { plugin } = window.syllabusPreview as PreviewHandle;
		return plugin.app.vault.read(plugin.app.vault.getFileByPath(p)!);
	}, path);

describe('linking concepts in a browser', () => {
	it('previews each mention, links the checked ones, and Undo puts the note back', async () => {
		const { page, errors } = await preview.open({ viewport: { width: 1100, height: 800 } });
		const { path, before } = await openPreviewOfLinks(page);
		const modal = page.locator('.modal');
		await expect.poll(() => modal.locator('.syllabus-mention').count()).toBe(6);
		const rows = modal.locator('.syllabus-mention');
		// Each mention in bold in its sentence; the code span is not a mention.
		expect(await rows.locator('strong').allInnerTexts()).toEqual(['LoRA', 'QLoRA', 'vLLM', 'grouped query attention', 'LoRA', 'Distillation']);
		expect(await rows.nth(3).innerText()).toBe('Grouped Query Attention\nServing runs on vLLM with grouped query attention; LoRA adapters are merged before serving.');
		const boxes = modal.getByRole('checkbox');
		expect(await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual([true, true, true, true, false, true]);
		const link = modal.getByRole('button', { name: /^Link \d+ mentions?$/ });
		expect(await link.innerText()).toBe('Link 5 mentions');

		// From the keyboard: Space on a checkbox (its label names it by its sentence).
		await boxes.nth(5).focus();
		await page.keyboard.press('Space');
		expect(await link.innerText()).toBe('Link 4 mentions');
		await page.keyboard.press('Space');
		expect(await link.innerText()).toBe('Link 5 mentions');
		expect(await findings(page)).toEqual([]);

		await link.click();
		await expect.poll(() => modal.count()).toBe(0);
		const after = await noteText(page, path);
		expect(after).toContain('The authors fine-tune with [[LORA (concept)|LoRA]] and compare it against [[QLORA|QLoRA]] on a 4-bit base model.');
		expect(after).toContain('Serving runs on [[vLLM (concept)|vLLM]] with [[Grouped Query Attention|grouped query attention]]; LoRA adapters');
		expect(after).toContain('[[Distillation]] from the larger model closes the gap, and `LoRA` in code stays as it is.');
		const notice = page.locator('.notice', { hasText: 'Linked 5 mentions' });
		await expect.poll(() => notice.count()).toBe(1);
		await notice.getByRole('button', { name: /Undo/ }).click();
		await expect.poll(() => noteText(page, path)).toBe(before);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('what the link-concepts preview looks like', () => {
	for (const theme of ['light', 'dark'] as const) {
		it(`is photographed in the ${theme} theme`, async () => {
			const { page, errors } = await preview.open({ theme, viewport: { width: 1000, height: 760 } });
			await openPreviewOfLinks(page);
			const modal = page.locator('.modal');
			await expect.poll(() => modal.locator('.syllabus-mention').count()).toBe(6);
			// No row wider than the dialog: long sentences wrap.
			expect(await modal.locator('.syllabus-mentions').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
			expect(await findings(page)).toEqual([]);
			await page.mouse.move(0, 0);
			await modal.screenshot({ path: `${SHOTS}/link-concepts-${theme}.png` });
			expect(errors).toEqual([]);
			await page.close();
		});
	}
});
