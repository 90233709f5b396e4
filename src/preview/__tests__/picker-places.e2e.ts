/**
 * The picker finds an item by where it sits, in headless Chromium: over the
 * seed lists, a reading group and a course are imported as a reader would;
 * the words of a topic put the paper named only by its arXiv id first, with
 * the reason ("under …") and the place its list gives it, and a paper two
 * lists hold shows a line for each. A screen reader reads the reason with the
 * suggestion, and axe-core finds nothing serious. No screenshots: the README's
 * pictures are taken elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PreviewHandle } from '../main';
import { axeFindings, sharedPreview } from './browser';

const preview = sharedPreview();
const fixture = (path: string): string => readFileSync(join(__dirname, path), 'utf8');

/** Import a list through the plugin's import flow, answering its preview with Import. */
async function importList(page: Page, source: string, text: string): Promise<void> {
	void page.evaluate(([s, t]) => (window.syllabusPreview as PreviewHandle).importText(s!, t!), [source, text]);
	await page.locator('.modal').getByRole('button', { name: 'Import' }).click();
	await expect.poll(() => page.locator('.notice', { hasText: `Imported ${source}` }).count()).toBeGreaterThan(0);
	await expect.poll(() => page.locator('.modal').count()).toBe(0);
}

/** The suggestions on screen: title, reason, place lines. */
function suggestions(page: Page): Promise<{ title: string; reason: string; places: string[] }[]> {
	return page.locator('.suggestion-item').evaluateAll((items) =>
		items.map((item) => ({
			title: item.querySelector('.syllabus-suggestion-title')?.textContent ?? '',
			reason: item.querySelector('.syllabus-suggestion-reason')?.textContent ?? '',
			places: [...item.querySelectorAll('.syllabus-suggestion-place')].map((p) => p.textContent ?? ''),
		})),
	);
}

async function find(page: Page, query: string): Promise<void> {
	const input = page.locator('.prompt-input');
	await input.fill('');
	await input.pressSequentially(query, { delay: 10 });
	await expect.poll(async () => (await page.locator('.syllabus-query-count').innerText()).length).toBeGreaterThan(0);
}

describe('the picker finds what sits under a topic', () => {
	it('puts the arXiv-named paper first for its topic’s words, with its reason and its real places', async () => {
		const { page, errors } = await preview.open({ viewport: { width: 1100, height: 800 } });
		await importList(page, 'lists/long-inputs.md', fixture('../../core/search/__tests__/long-inputs.md'));
		await importList(page, 'lists/course.md', fixture('../../core/library/__tests__/repeated-subheadings.md'));

		await page.getByRole('button', { name: 'Find resource' }).click();
		await find(page, 'attention sinks');
		await expect.poll(async () => (await suggestions(page))[0]?.title).toBe('arXiv:2309.17453');
		const [first] = await suggestions(page);
		expect(first).toEqual({
			title: 'arXiv:2309.17453',
			reason: 'under Week 1: Attention sinks',
			places: ['Long inputs, a reading group › Week 1: Attention sinks'],
		});
		// What a screen reader reads for the suggestion carries the reason.
		expect(await page.getByRole('option', { name: /arXiv:2309\.17453.*under Week 1: Attention sinks/ }).count()).toBe(1);
		// The post that only mentions the words comes later, and says so.
		const all = await suggestions(page);
		const mention = all.findIndex((s) => s.title === 'A field guide to long-context evaluation');
		expect(mention).toBeGreaterThan(0);
		expect(all[mention]!.reason).toBe('mentions attention sinks');
		expect(await axeFindings(page)).toEqual([]);

		// The FlashAttention paper, named by its arXiv id in both lists that hold it: one line for each.
		await find(page, 'flash attention');
		await expect.poll(async () => (await suggestions(page)).find((s) => /2205\.14135/.test(s.title))?.places).toEqual([
			'Applied deep learning, a self-paced course › Module 4: Efficient attention',
			'List 000 › Attention › Flash Attention',
		]);
		expect((await suggestions(page)).find((s) => /2205\.14135/.test(s.title))?.reason).toBe('under Flash Attention');
		expect(errors).toEqual([]);
		await page.close();
	});
});
