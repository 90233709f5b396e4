/**
 * The study plan as a researcher lives in it, in headless Chromium: the tree
 * from the keyboard alone (the WAI-ARIA tree pattern), Reading now and Next up
 * following what the reader does, a filter that matches nothing, and the
 * progress view with its weekly chart and text alternative. `npm run
 * screenshots` also photographs the progress view for the README.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewHandle } from '../main';
import { SHOTS, sharedPreview, type Preview } from './browser';


const preview = sharedPreview();

/** Title of the focused tree row, or what else holds the focus. */
function focused(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return '(body)';
		return el.getAttribute('role') === 'treeitem' ? el.querySelector('.syllabus-title')?.textContent ?? '' : `${el.tagName.toLowerCase()}: ${el.textContent ?? ''}`;
	});
}

async function intoTree(page: Page): Promise<void> {
	await page.getByLabel('Filter by kind').focus();
	for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.matches('.syllabus-tree [role="treeitem"]'))); i++) await page.keyboard.press('Tab');
}

function noteText(page: Page, title: string): Promise<string> {
	return page.evaluate(async (t) => {
		const h = window.syllabusPreview as PreviewHandle;
		const item = [...h.plugin.library.items.values()].find((i) => i.title === t)!;
		return h.plugin.app.vault.read(h.plugin.app.vault.getFileByPath(item.path)!);
	}, title);
}

describe('the tree from the keyboard', () => {
	let p: Preview;
	beforeAll(async () => {
		p = await preview.open();
	});
	afterAll(async () => {
		await p.page.close();
	});

	it('moves with the arrows, folds, jumps with Home, End and typed letters, and opens with Enter', async () => {
		const { page } = p;
		await intoTree(page);
		expect(await focused(page)).toBe('Future blogs to write');
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe('Evolution of LLMs');
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe('Flash Attention Blog');
		// Left on an item goes to its parent; left again folds it; right opens it again.
		await page.keyboard.press('ArrowLeft');
		expect(await focused(page)).toBe('Evolution of LLMs');
		await page.keyboard.press('ArrowLeft');
		expect(await page.locator('.syllabus-tree [role="treeitem"]:focus').getAttribute('aria-expanded')).toBe('false');
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe('Reasoning models');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowRight');
		expect(await page.locator('.syllabus-tree [role="treeitem"]:focus').getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('ArrowRight');
		expect(await focused(page)).toBe('Flash Attention Blog');
		await page.keyboard.press('End');
		const last = await page.locator('.syllabus-tree [role="treeitem"]').last().locator('.syllabus-title').innerText();
		expect(await focused(page)).toBe(last);
		await page.keyboard.press('Home');
		expect(await focused(page)).toBe('Future blogs to write');
		// Type-ahead: letters typed together find the next row that starts with them.
		await page.keyboard.type('read', { delay: 20 });
		expect(await focused(page)).toBe('Reading List');
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.preview-note h1').innerText()).toBe('Flash Attention Blog');
		// Only one row is ever a tab stop.
		expect(await page.locator('.syllabus-tree [tabindex="0"]').count()).toBe(1);
	});

	it('changes a status with Space, and keeps the focus in the tree when a filter hides the row', async () => {
		const { page } = p;
		await page.getByRole('button', { name: 'todo', exact: true }).click();
		await expect.poll(() => page.locator('.syllabus-tree .syllabus-status', { hasText: /^(reading|done|skipped)$/ }).count()).toBe(0);
		await intoTree(page);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const title = await focused(page);
		await page.keyboard.press(' ');
		// The row left the todo filter; the focus moved to the row that took its place.
		await expect.poll(() => page.locator('.syllabus-tree .syllabus-title', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).count()).toBe(0);
		const now = await focused(page);
		expect(now).not.toBe('(body)');
		expect(now).not.toBe(title);
		expect(await noteText(page, title)).toMatch(/^status: reading$/m);
		// And it is being read now: first in Reading now.
		await expect.poll(() => page.locator('.syllabus-reading-now .syllabus-title').first().innerText()).toBe(title);
		await page.getByRole('button', { name: 'todo', exact: true }).click();
	});
});

describe('every control', () => {
	it('reaches every control of the view from the keyboard', async () => {
		const { page } = await preview.open();
		// Outside the tree every control is a tab stop of its own.
		const unreachable = await page.locator('.syllabus-view').evaluate((view) =>
			[...view.querySelectorAll<HTMLElement>('[data-action], button, select, input')].filter((el) => !el.closest('.syllabus-tree') && (el.tabIndex < 0 || el.hasAttribute('disabled'))).map((el) => el.outerHTML.slice(0, 80)),
		);
		expect(unreachable).toEqual([]);
		// The tree is one tab stop: its rows answer the keys (Enter opens, Space changes status).
		const stops = await page.locator('.syllabus-tree [tabindex="0"]').count();
		expect(stops).toBe(1);
		expect(await page.locator('.syllabus-tree [role="treeitem"]').evaluateAll((rows) => rows.filter((r) => !r.textContent?.trim()).length)).toBe(0);
		// Controls announce what they are: a role and a name on each.
		const unnamed = await page.locator('.syllabus-view').evaluate((view) =>
			[...view.querySelectorAll<HTMLElement>('[data-action]:not(.syllabus-tree [data-action]), .syllabus-status')].filter((el) => !(el.getAttribute('aria-label') ?? el.textContent ?? '').trim() || !(el.getAttribute('role') ?? (el.tagName === 'BUTTON' ? 'button' : ''))).length,
		);
		expect(unnamed).toBe(0);
		await page.close();
	});
});

describe('what to read next', () => {
	it('shows Reading now, and Next up from the focused list, respecting the kind filter', async () => {
		const { page, errors } = await preview.open();
		// The demo reader has two items open, the latest started first.
		expect(await page.locator('.syllabus-reading-now .syllabus-title').allInnerTexts()).toHaveLength(2);
		const caption = await page.locator('.syllabus-next-up .syllabus-section-title').textContent();
		expect(caption).toMatch(/^Next up in /);
		await page.getByLabel('Filter by kind').selectOption('repo');
		await expect.poll(() => page.locator('.syllabus-next-up .syllabus-icon svg.lucide-git-branch').count()).toBeGreaterThan(0);
		const rows = await page.locator('.syllabus-next-up .syllabus-row').count();
		expect(await page.locator('.syllabus-next-up .syllabus-icon svg.lucide-git-branch').count()).toBe(rows);
		// Counts say how many rows the filter shows beside the real totals.
		expect(await page.locator('.syllabus-tree .syllabus-count').first().innerText()).toMatch(/^\d+ of \d+ · \d+ done$/);
		// The header folds away and stays put while the tree scrolls.
		await page.getByRole('button', { name: 'Reading now and next up' }).click();
		await expect.poll(() => page.locator('.syllabus-next-up').isVisible()).toBe(false);
		const content = page.locator('.view-content');
		await content.evaluate((el) => el.scrollBy(0, 600));
		const [pinned, view] = [await page.locator('.syllabus-pinned').boundingBox(), await content.boundingBox()];
		expect(Math.abs(pinned!.y - view!.y)).toBeLessThan(2);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('puts an item first with Study next', async () => {
		const { page } = await preview.open();
		const target = 'Flash Attention 3';
		await page.evaluate(async (t) => {
			const h = window.syllabusPreview as PreviewHandle;
			const item = [...h.plugin.library.items.values()].find((i) => i.title === t)!;
			const file = h.plugin.app.vault.getFileByPath(item.path)!;
			await h.plugin.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
				fm.priority = 1;
			});
		}, target);
		await expect.poll(() => page.locator('.syllabus-next-up .syllabus-title').first().innerText()).toBe(target);
		await page.close();
	});
});

describe('a list note', () => {
	it('shows each item\'s status as a checkbox, and ticking one sets the status', async () => {
		const { page, errors } = await preview.open();
		const tree = page.locator('.syllabus-tree');
		await tree.locator('.syllabus-row', { hasText: 'List 000' }).first().locator('.syllabus-title').click();
		await expect.poll(() => page.locator('.preview-note h1').innerText()).toBe('000_2b7d31b80b4016fc');
		const box = (name: string) => page.getByRole('checkbox', { name, exact: true });
		expect(await box('RoPE embeddings').isChecked()).toBe(false);
		// Ticked in the note: the status, its date, the sidebar row and the count follow.
		await box('RoPE embeddings').click();
		await expect.poll(() => noteText(page, 'RoPE embeddings')).toMatch(/^status: done$/m);
		expect(await noteText(page, 'RoPE embeddings')).toMatch(/^finished: \d{4}-\d{2}-\d{2}$/m);
		const row = tree.locator('.syllabus-row', { has: page.locator('.syllabus-title', { hasText: /^RoPE embeddings$/ }) }).first();
		await expect.poll(() => row.locator('.syllabus-status').innerText()).toBe('done');
		// Changed in the sidebar: the box in the note follows.
		const word2vec = tree.locator('.syllabus-row', { has: page.locator('.syllabus-title', { hasText: /^word2vec$/ }) }).first();
		await word2vec.locator('.syllabus-status').click();
		await expect.poll(() => box('word2vec').getAttribute('data-task')).toBe('/');
		expect(await box('word2vec').isChecked()).toBe(true);
		// Unticked again: back to todo.
		await box('RoPE embeddings').click();
		await expect.poll(() => row.locator('.syllabus-status').innerText()).toBe('todo');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('a topic note', () => {

	it('shows what is filed under it with its status, through its embedded base, and is photographed', async () => {
		const { page, errors } = await preview.open({ viewport: { width: 1100, height: 700 } });
		await page.locator('.syllabus-tree .syllabus-row', { has: page.locator('.syllabus-title', { hasText: /^Embeddings$/ }) }).first().locator('.syllabus-title').click();
		await expect.poll(() => page.locator('.preview-note h1').innerText()).toBe('Embeddings');
		const rows = page.locator('.preview-base tbody tr');
		await expect.poll(() => rows.count()).toBe(7);
		expect(await page.locator('.preview-base thead th').allInnerTexts()).toEqual(['Name', 'Status', 'Kind', 'Finished']);
		// Live: a status changed in the sidebar shows in the table at once.
		const row = page.locator('.syllabus-tree .syllabus-row', { has: page.locator('.syllabus-title', { hasText: /^word2vec$/ }) }).first();
		await row.locator('.syllabus-status').click();
		await page.locator('.syllabus-tree .syllabus-title', { hasText: /^Embeddings$/ }).first().click();
		await expect.poll(() => page.locator('.preview-base tbody tr', { hasText: 'word2vec' }).locator('td').nth(1).innerText()).toBe('reading');
		await page.mouse.move(0, 0);
		await page.locator('main.workspace-split').screenshot({ path: `${SHOTS}/topic-note-light.png` });
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('the progress view', () => {

	for (const theme of ['light', 'dark'] as const) {
		it(`shows a weekly chart with its text alternative and reveals a topic in the sidebar (${theme}), and is photographed`, async () => {
			const { page, errors } = await preview.open({ theme, viewport: { width: 1100, height: 900 } });
			await page.getByRole('button', { name: 'Show progress' }).click();
			const chart = page.locator('.syllabus-chart svg[role="img"]');
			await chart.waitFor();
			expect(await chart.getAttribute('aria-label')).toMatch(/^Items finished per week: 14 finished in the last 12 weeks, most in the week of .+ \(\d\), \d this week of a goal of 3\.$/);
			expect(await chart.locator('rect').count()).toBe(12);
			expect(await page.locator('.syllabus-chart-table tbody tr').count()).toBe(12);
			expect(await page.locator('.syllabus-week-facts').innerText()).toMatch(/Streak: \d+ weeks?/);
			// Bars and axis differ from the page in both themes.
			const [bar, bg] = await page.evaluate(() => [getComputedStyle(document.querySelector('.syllabus-chart-bar.is-current')!).fill, getComputedStyle(document.querySelector('.preview-note')!).backgroundColor]);
			expect(bar).not.toBe(bg);
			// Every row's bar starts at the same x, whatever the width of its title or count.
			const xs = await page.locator('.syllabus-progress-row .syllabus-bar').evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().left)))]);
			expect(xs).toHaveLength(1);
			await page.mouse.move(0, 0);
			await page.locator('main.workspace-split').screenshot({ path: `${SHOTS}/progress-${theme}.png` });

			// Filter, then reveal a topic in the sidebar: it is shown and has the focus.
			await page.getByLabel('Filter lists and topics').fill('tokeniz');
			await expect.poll(() => page.locator('.syllabus-progress-title').allInnerTexts()).toEqual(['List 000', 'Tokenization']);
			await page.getByLabel('Filter lists and topics').fill('');
			await page.getByRole('button', { name: 'Building a vision model: show in the study plan' }).click();
			await expect.poll(() => focused(page)).toBe('Building a vision model');
			expect(errors).toEqual([]);
			await page.close();
		});
	}
});
