/**
 * The import preview's left-out links as a reader meets them, in headless
 * Chromium: the fold names what was left out, the keyboard opens it and
 * ticks a link (each checkbox named by its label, grouped under a heading),
 * the numbers follow, axe-core finds nothing serious in either theme, and
 * Import writes the ticked link's note and none for the unticked ones. The
 * dialog is photographed for the README in both themes.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PreviewHandle } from '../main';
import { axeFindings, SHOTS, sharedPreview } from './browser';

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
	'',
].join('\n');

const preview = sharedPreview();

/** axe-core's serious and critical findings, but for the contrast of Obsidian's own accent button (the app's styling, not ours). */
async function findings(page: Page): Promise<string[]> {
	return (await axeFindings(page)).filter((f) => !/^serious color-contrast: .* — 1 element\(s\), e\.g\. \.mod-cta$/.test(f));
}

const resources = (page: Page): Promise<string[]> =>
	page.evaluate(() => {
		const { plugin } = window.syllabusPreview as PreviewHandle;
		return plugin.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith('Syllabus/Resources/Andrej') || p.startsWith('Syllabus/Resources/Sponsor'));
	});

describe('the import preview in a browser', () => {
	for (const theme of ['light', 'dark'] as const) {
		it(`offers the left-out links to keep, from the keyboard, in the ${theme} theme, and is photographed`, async () => {
			const { page, errors } = await preview.open({ theme, viewport: { width: 1100, height: 800 } });
			void page.evaluate((text) => (window.syllabusPreview as PreviewHandle).importText('lists/awesome.md', text), AWESOME);
			const modal = page.locator('.modal');
			const fold = modal.locator('.syllabus-left-out > summary');
			await fold.waitFor();
			expect(await fold.innerText()).toBe('Left out of Awesome: 3 links (1 profile, 1 sponsor link, 1 contents link)');
			// The seeds hold Flash Attention already: the list alone brings nothing new.
			const numbers = modal.locator('.syllabus-preview li').first();
			expect(await numbers.innerText()).toBe('0 new resources, 0 new concepts');
			await fold.focus();
			await page.keyboard.press('Enter');
			const box = modal.getByRole('checkbox', { name: /Andrej Karpathy/ });
			await box.waitFor();
			expect(await modal.getByRole('group', { name: 'Profiles (1)' }).count()).toBe(1);
			expect(await modal.getByRole('checkbox').count()).toBe(3);
			expect(await findings(page)).toEqual([]);

			await box.focus();
			await page.keyboard.press('Space');
			await expect.poll(() => numbers.innerText()).toBe('1 new resource, 0 new concepts');
			expect(await fold.innerText()).toBe('Left out of Awesome: 2 links (1 sponsor link, 1 contents link)');
			expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toContain('Andrej Karpathy');
			expect(await findings(page)).toEqual([]);
			await modal.screenshot({ path: join(SHOTS, `import-left-out-${theme}.png`) });

			await modal.getByRole('button', { name: 'Import' }).click();
			await expect.poll(() => page.locator('.notice', { hasText: /^Imported lists\/awesome\.md/ }).innerText()).toContain('Left out of Awesome: 2 links (1 sponsor link, 1 contents link).');
			expect(await resources(page)).toEqual(['Syllabus/Resources/Andrej Karpathy.md']);
			expect(errors).toEqual([]);
		});
	}
});
