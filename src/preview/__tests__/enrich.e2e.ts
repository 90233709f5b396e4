/**
 * Fetching metadata in the preview page, in headless Chromium: the plugin's
 * real enricher answering from the recorded arXiv responses, the progress
 * notice while arXiv's pacing waits, and an enriched paper note afterwards.
 */
import { describe, expect, it } from 'vitest';
import { axeFindings, SHOTS, sharedPreview } from './browser';

const FLASH = 'Syllabus/Resources/FlashAttention - Fast and Memory-Efficient Exact Attention with IO-Awareness.md';

const preview = sharedPreview();

describe('fetching metadata in the preview', () => {
	it('shows progress with a cancel button, then an enriched paper note, and is photographed', async () => {
		const { page, errors } = await preview.open({ viewport: { width: 1100, height: 700 } });
		await page.getByRole('button', { name: 'Fetch metadata' }).click();
		const progress = page.locator('.notice', { hasText: 'arXiv waiting' });
		await progress.waitFor({ timeout: 20_000 });
		await progress.screenshot({ path: `${SHOTS}/metadata-progress.png` });
		expect(await progress.innerText()).toMatch(/^Fetching metadata: 50\/83 · arXiv waiting 3 s/);
		expect(await progress.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
		expect(await axeFindings(page)).toEqual([]);

		await page.locator('.notice', { hasText: 'Metadata: filled' }).waitFor({ timeout: 20_000 });
		await page.evaluate((path) => window.syllabusPreview!.openNote(path), FLASH);
		const note = page.locator('.preview-note');
		await expect.poll(() => note.innerText()).toMatch(/authors:\n {2}- Tri Dao/);
		expect(await note.innerText()).toContain('> [!quote] About\n> Transformers are slow and memory-hungry');
		// The study plan's library knows the paper under its new name, with the fetched detail for the picker.
		await expect.poll(() => page.evaluate((path) => window.syllabusPreview!.plugin.library.items.get(path)?.detail, FLASH)).toBe('Tri Dao, Daniel Y. Fu et al. · 2022 · arXiv cs.LG');
		// The closing notice would cover the note's corner in the picture.
		await page.evaluate(() => document.querySelectorAll('.notice-container').forEach((n) => n.remove()));
		await note.screenshot({ path: `${SHOTS}/enriched-paper-note.png` });
		expect(errors).toEqual([]);
		await page.close();
	});
});
