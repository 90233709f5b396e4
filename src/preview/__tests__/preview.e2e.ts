/**
 * The study plan and the picker as a person uses them, in headless Chromium:
 * the preview page (the plugin's real view and picker over the seed lists),
 * clicked and typed into, looked at in both themes and at both sidebar
 * widths, and checked by axe-core.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewHandle } from '../main';
import { axeFindings, SHOTS, sharedPreview, type Preview } from './browser';

// `npm run screenshots` writes the README's pictures to docs/; a plain test run
// writes them under dist/ so the step is exercised without touching the repository.

const preview = sharedPreview();

/** The tree node (list, topic or item) whose own row has this exact title. */
function node(page: Page, title: string): Locator {
	return page.locator('.syllabus-tree .syllabus-node').filter({ has: page.locator(':scope > .syllabus-row > .syllabus-title', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
}

/** Count and bar of a node and of every list and topic above it, innermost first. */
function ancestry(row: Locator): Promise<{ title: string; count: string; now: string; fillPx: number }[]> {
	return row.evaluate((el) => {
		const out: { title: string; count: string; now: string; fillPx: number }[] = [];
		for (let n: Element | null = el.parentElement?.closest('.syllabus-node') ?? null; n; n = n.parentElement?.closest('.syllabus-node') ?? null) {
			const own = n.querySelector(':scope > .syllabus-row');
			const fill = own?.querySelector<HTMLElement>('.syllabus-bar-fill');
			out.push({
				title: own?.querySelector('.syllabus-title')?.textContent ?? '',
				count: own?.querySelector('.syllabus-count')?.textContent ?? '',
				now: own?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? '',
				fillPx: fill ? fill.getBoundingClientRect().width : -1,
			});
		}
		return out;
	});
}

function overall(page: Page): Promise<string> {
	return page.locator('.syllabus-overall-count').innerText();
}

describe('the study plan in a browser', () => {
	let p: Preview;
	beforeAll(async () => {
		p = await preview.open();
	});
	afterAll(async () => {
		await p.page.close();
	});

	it('starts without errors and shows every list, with an icon on every row', async () => {
		const { page } = p;
		const lists = await page.locator('.syllabus-tree > .syllabus-list > .syllabus-row .syllabus-title').allInnerTexts();
		expect(lists).toHaveLength(5);
		expect(lists).toContain('Reading List');
		expect(await page.locator('.syllabus-tree .syllabus-item').count()).toBeGreaterThan(300);
		// An icon name the runtime does not know leaves an empty span: the row loses its alignment.
		const iconless = await page.locator('.syllabus-view .syllabus-icon:not(:has(svg))').count();
		expect(iconless).toBe(0);
		expect(await overall(page)).toMatch(/^\d+\/\d+ done$/);
		expect(p.errors).toEqual([]);
	});

	it('folds a topic with the mouse and opens it again from the keyboard', async () => {
		const { page } = p;
		const topic = node(page, 'Tokenization').first();
		const row = topic.locator(':scope > .syllabus-row');
		const toggle = row.locator(':scope > .syllabus-toggle');
		await expect.poll(() => topic.locator(':scope > .syllabus-children .syllabus-item').count()).toBe(3);
		await toggle.click();
		await expect.poll(() => row.getAttribute('aria-expanded')).toBe('false');
		expect(await topic.locator(':scope > .syllabus-children').count()).toBe(0);

		// The row took the tree's one tab stop when it was clicked; the right arrow opens it.
		expect(await row.getAttribute('tabindex')).toBe('0');
		await row.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => row.getAttribute('aria-expanded')).toBe('true');
		expect(await topic.locator(':scope > .syllabus-children .syllabus-item').count()).toBe(3);
		// Folding happens in place: the keyboard user is still on the same row.
		expect(await page.evaluate(() => document.activeElement?.querySelector('.syllabus-title')?.textContent)).toBe('Tokenization');
		expect(await page.evaluate(() => (window.syllabusPreview as PreviewHandle).view.getState().collapsed)).toEqual([]);
	});

	it('moves a resource to done with two clicks: its row, every bar above it and the overall count follow', async () => {
		const { page } = p;
		const item = node(page, 'Flash Attention (repo)').first();
		const status = item.locator(':scope > .syllabus-row > .syllabus-status');
		const before = await ancestry(item);
		expect(before.map((a) => a.title).slice(0, 2)).toEqual(['Flash Attention', 'Attention']);
		expect(before.length).toBeGreaterThanOrEqual(3);
		const overallBefore = await overall(page);
		expect(await status.innerText()).toBe('todo');

		await status.click();
		await expect.poll(() => status.innerText()).toBe('reading');
		// Reading is not done: no bar moves.
		expect(await ancestry(item)).toEqual(before);

		await status.click();
		await expect.poll(() => status.innerText()).toBe('done');
		await expect.poll(() => item.locator(':scope > .syllabus-row').getAttribute('class')).toContain('is-done');
		const after = await ancestry(item);
		for (const [i, a] of after.entries()) {
			const [done, total] = before[i]!.count.split('/').map(Number) as [number, number];
			expect(a.count, a.title).toBe(`${done + 1}/${total}`);
			expect(Number(a.now), a.title).toBe(Math.round(((done + 1) / total) * 100));
			expect(a.fillPx, a.title).toBeGreaterThan(before[i]!.fillPx);
		}
		const [d, t] = overallBefore.split(/[/ ]/).map(Number) as [number, number];
		expect(await overall(page)).toBe(`${d + 1}/${t} done`);

		// The note itself says so, with the day it was finished.
		const text = await page.evaluate(async () => {
			const app = (window.syllabusPreview as PreviewHandle).plugin.app;
			const file = app.vault.getMarkdownFiles().find((f) => f.basename === 'Flash Attention (repo)')!;
			return app.vault.read(file);
		});
		expect(text).toMatch(/^status: done$/m);
		expect(text).toMatch(/^finished: \d{4}-\d{2}-\d{2}$/m);
		expect(p.errors).toEqual([]);
	});

	it('filters by kind and back', async () => {
		const { page } = p;
		const items = page.locator('.syllabus-tree .syllabus-item');
		const all = await items.count();
		await page.getByLabel('Filter by kind').selectOption('repo');
		await expect.poll(() => items.count()).toBeLessThan(all);
		const shown = await items.count();
		expect(shown).toBeGreaterThan(10);
		// Every row left is a repository (its icon says so), and nothing else remains.
		expect(await page.locator('.syllabus-tree .syllabus-item > .syllabus-row > .syllabus-icon svg.lucide-git-branch').count()).toBe(shown);
		await page.getByLabel('Filter by kind').selectOption('');
		await expect.poll(() => items.count()).toBe(all);
	});

	it('finds a resource from a misspelt query and opens it from the keyboard', async () => {
		const { page } = p;
		const find = page.getByRole('button', { name: 'Find resource' });
		await find.focus();
		await page.keyboard.press('Enter');
		const input = page.locator('.prompt-input');
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('prompt-input'))).toBe(true);
		await input.pressSequentially('flsh atention 3', { delay: 15 });
		const titles = page.locator('.suggestion-item .syllabus-suggestion-title');
		await expect.poll(async () => (await titles.allInnerTexts()).slice(0, 5)).toContain('Flash Attention 3');
		const index = (await titles.allInnerTexts()).indexOf('Flash Attention 3');
		for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
		expect(await page.locator('.suggestion-item.is-selected .syllabus-suggestion-title').innerText()).toBe('Flash Attention 3');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.modal-container').count()).toBe(0);
		await expect.poll(() => page.locator('.preview-note h1').innerText()).toBe('Flash Attention 3');
		// Focus went back to where the picker was opened from.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Find resource');
	});

	it('closes the picker with Escape and keeps the place', async () => {
		const { page } = p;
		await page.getByRole('button', { name: 'Find resource' }).click();
		await expect.poll(() => page.locator('.prompt').count()).toBe(1);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('.prompt').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Find resource');
	});

	it('shows markup in titles as text: a link text from a list, a note name from elsewhere', async () => {
		const { page } = p;
		const payload = '<img src=x onerror=alert(1)>';
		// Markup in a list, escaped and raw. The importer cleans names, so this list
		// yields notes with safe names, but the list note keeps each link's own text.
		const list = ['---', 'title: "&lt;img src=x onerror=alert(1)&gt; list"', '---', '## &lt;img src=x onerror=alert(1)&gt; topic', '- [&lt;img src=x onerror=alert(1)&gt;](https://example.com/evil)', `- [click](javascript:alert(1)) ${payload}`, ''].join('\n');
		void page.evaluate((text) => (window.syllabusPreview as PreviewHandle).importText('lists/evil.md', text), list);
		// The import flow's own preview modal, answered with a real click.
		const importButton = page.locator('.modal button', { hasText: /^Import$/ });
		await importButton.waitFor();
		await importButton.click();
		await expect.poll(() => page.locator('.syllabus-tree > .syllabus-list').count()).toBe(6);
		await expect.poll(() => page.locator('.notice', { hasText: /^Imported lists\/evil\.md/ }).count()).toBe(1);
		const evil = page.locator('.syllabus-tree > .syllabus-list').filter({ hasText: 'onerror' });

		// The reader deletes the resource note: its row falls back to the link's text, markup
		// and all, as text, and loses the status control a note gave it.
		const row = evil.locator('.syllabus-item .syllabus-row').first();
		await expect.poll(() => row.locator('.syllabus-status').count(), { timeout: 5000 }).toBe(1);
		await page.evaluate(async () => {
			const app = (window.syllabusPreview as PreviewHandle).plugin.app;
			const file = app.vault.getMarkdownFiles().find((f) => f.path.startsWith('Syllabus/Resources/img src=x'))!;
			await app.fileManager.trashFile(file);
		});
		await expect.poll(() => evil.locator('.syllabus-title').allInnerTexts()).toContain(payload);

		// A note whose name holds markup, as a sync tool or another plugin could create it.
		await page.evaluate(async (name) => {
			const app = (window.syllabusPreview as PreviewHandle).plugin.app;
			await app.vault.create(`Synced/${name}.md`, '---\nstatus: todo\nkind: article\nurl: https://example.com/synced\nsyllabus-id: r-synced\n---\n');
		}, payload);
		await page.getByRole('button', { name: 'Find resource' }).click();
		await page.locator('.prompt-input').pressSequentially('onerror', { delay: 15 });
		await expect.poll(() => page.locator('.suggestion-item .syllabus-suggestion-title').allInnerTexts()).toContain(payload);
		await page.keyboard.press('Escape');

		expect(await page.locator('img').count()).toBe(0);
		expect(p.dialogs).toEqual([]);
		expect(p.errors).toEqual([]);
	});
});

describe('what the study plan looks like', () => {

	for (const theme of ['light', 'dark'] as const) {
		for (const width of [300, 500] as const) {
			it(`fits a ${width} px sidebar in the ${theme} theme, and is photographed`, async () => {
				const { page, errors } = await preview.open({ theme, width, viewport: { width: 1100, height: 900 } });
				const sidebar = page.locator('.mod-right-split');
				// Every status on screen, so each one's colours are seen in both themes.
				const statuses = page.locator('.syllabus-tree .syllabus-status');
				await statuses.nth(1).click();
				await statuses.nth(3).click();
				await statuses.nth(3).click();
				const skip = await page.locator('.syllabus-tree .syllabus-item .syllabus-title').nth(5).innerText();
				await page.evaluate((title) => {
					const handle = window.syllabusPreview as PreviewHandle;
					const item = [...handle.plugin.library.items.values()].find((i) => i.title === title)!;
					return handle.plugin.actions.setStatus(item.path, 'skipped');
				}, skip);
				await expect.poll(() => statuses.allInnerTexts().then((t) => new Set(t.slice(0, 12)).size)).toBe(4);
				expect(Math.round((await sidebar.boundingBox())!.width)).toBe(width + 1);
				// Nothing scrolls sideways, and every status button sits whole inside the sidebar.
				const content = page.locator('.view-content');
				expect(await content.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
				const right = (await content.boundingBox())!.x + (await content.boundingBox())!.width;
				const overflow = await page.locator('.syllabus-status').evaluateAll((els, edge) => els.filter((e) => e.getBoundingClientRect().right > edge).length, right);
				expect(overflow).toBe(0);
				// Long titles end in an ellipsis instead of pushing the status off the row.
				expect(await page.locator('.syllabus-title').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth && getComputedStyle(e).textOverflow !== 'ellipsis').length)).toBe(0);
				// Bars are visible against the sidebar in both themes.
				const [track, fill] = await page.locator('.syllabus-overall .syllabus-bar').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el.firstElementChild!).backgroundColor]);
				expect(track).not.toBe(fill);
				// A keyboard user sees where they are: Tab from the filters into the tree, to its one tab stop.
				await page.getByLabel('Filter by kind').focus();
				for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.matches('.syllabus-tree [role="treeitem"]'))); i++) await page.keyboard.press('Tab');
				// The tab stop is the row clicked last (the tree remembers where the reader was).
				expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');
				expect(await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow)).toMatch(/2px/);
				// The pointer off the rows, so no hover colour lands in the picture; the status
				// changes' "Marked … · Undo" notices have done their job and would cover the header.
				await page.mouse.move(0, 0);
				await page.evaluate(() => document.querySelectorAll('.notice').forEach((n) => n.remove()));
				await sidebar.screenshot({ path: `${SHOTS}/study-plan-${theme}-${width}.png` });
				expect(errors).toEqual([]);
				await page.close();
			});
		}

		it(`shows the picker in the ${theme} theme, and is photographed`, async () => {
			const { page, errors } = await preview.open({ theme, viewport: { width: 1100, height: 700 } });
			await page.getByRole('button', { name: 'Find resource' }).click();
			await page.locator('.prompt-input').pressSequentially('atention', { delay: 15 });
			await expect.poll(() => page.locator('.suggestion-item').count()).toBeGreaterThan(5);
			await page.keyboard.press('ArrowDown');
			const titles = await page.locator('.suggestion-item .syllabus-suggestion-title').allInnerTexts();
			expect(titles.slice(0, 5).every((t) => /attention/i.test(t))).toBe(true);
			await page.locator('.modal.prompt').screenshot({ path: `${SHOTS}/picker-${theme}.png` });
			expect(errors).toEqual([]);
			await page.close();
		});
	}
});

describe('accessibility', () => {
	for (const theme of ['light', 'dark'] as const) {
		it(`axe finds nothing serious or critical in the ${theme} theme: view, picker, progress, no match`, async () => {
			const { page } = await preview.open({ theme });
			expect(await axeFindings(page)).toEqual([]);
			await page.getByRole('button', { name: 'Find resource' }).click();
			await page.locator('.prompt-input').pressSequentially('rope', { delay: 15 });
			await expect.poll(() => page.locator('.suggestion-item').count()).toBeGreaterThan(0);
			expect(await axeFindings(page)).toEqual([]);
			await page.keyboard.press('Escape');
			await page.getByRole('button', { name: 'Show progress' }).click();
			await expect.poll(() => page.locator('.syllabus-progress-view [role="progressbar"]').count()).toBeGreaterThan(5);
			await page.locator('.syllabus-chart-table summary').click();
			expect(await axeFindings(page)).toEqual([]);
			// A filter that matches nothing, and the message that says so.
			await page.getByLabel('Filter by title').fill('qqzzxxjj');
			await expect.poll(() => page.getByText('Nothing matches these filters.').count()).toBe(1);
			expect(await axeFindings(page)).toEqual([]);
			await page.close();
		});
	}
});
