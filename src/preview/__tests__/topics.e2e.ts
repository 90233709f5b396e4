/**
 * Topics that mean one thing, in headless Chromium at 300 px. A weekly
 * digest's sections, all "Top ML Papers of the Week (…)", read apart in the
 * sidebar and the progress view, with the full name on hover and for screen
 * readers. A course list with a sub-heading repeated under every module
 * ("📚 References", whose readings the import files under the modules) shows
 * in every row of the sidebar and of the progress view exactly what
 * `planProgress` (`syllabus stats --json`) counts for the same vault,
 * computed here in Node from the page's own note files; no
 * parent is below a child; a topic row its list only names says where its
 * topic note's items are; an item's tooltip gives its real place in each list.
 * `npm run screenshots` photographs the digest at 300 px in both themes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildStudyPlan, countOf, libraryFromFiles, placesOf, placeText, planProgress } from '../../core';
import type { PreviewHandle } from '../main';
import { axeFindings, SHOTS, sharedPreview } from './browser';

const FIXTURES = resolve(__dirname, '../../core/library/__tests__');
const DIGEST = readFileSync(resolve(FIXTURES, 'weekly-digest.md'), 'utf8');
const COURSE = readFileSync(resolve(FIXTURES, 'repeated-subheadings.md'), 'utf8');
const WEEKS = [...DIGEST.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);

const preview = sharedPreview();

/** Import a list through the plugin's import flow, answering its preview with a click on Import. */
async function importList(page: Page, source: string, text: string): Promise<void> {
	const before = await page.locator('.syllabus-tree > .syllabus-list').count();
	void page.evaluate(([s, t]) => (window.syllabusPreview as PreviewHandle).importText(s!, t!), [source, text]);
	const button = page.locator('.modal button', { hasText: /^Import$/ });
	await button.waitFor();
	await button.click();
	await expect.poll(() => page.locator('.syllabus-tree > .syllabus-list').count()).toBe(before + 1);
}

interface SidebarRow {
	/** Full titles from the list down to this row. */
	trail: string[];
	type: string;
	/** The visible label, and the part of it the row has room to show. */
	label: string;
	visible: string;
	/** The count shown (`3/10`), or what a topic its list only names shows (`in 2 lists`). */
	count: string;
	reach: string;
	tooltip: string;
	description: string;
	underText: boolean;
}

/** Every row of the sidebar's tree, top to bottom, as a reader sees it. */
function sidebarRows(page: Page): Promise<SidebarRow[]> {
	return page.evaluate(() => {
		/** The text an ellipsis leaves in sight: the longest start of the text whose glyphs end inside the box. */
		const inSight = (el: HTMLElement): string => {
			const text = el.textContent ?? '';
			const node = el.firstChild;
			if (el.scrollWidth <= el.clientWidth || !node) return text;
			const right = el.getBoundingClientRect().right - 12;
			const range = document.createRange();
			let n = 0;
			while (n < text.length) {
				range.setStart(node, 0);
				range.setEnd(node, n + 1);
				if (range.getBoundingClientRect().right > right) break;
				n++;
			}
			return text.slice(0, n);
		};
		const out: SidebarRow[] = [];
		const walk = (container: Element, trail: string[], underText: boolean): void => {
			for (const node of container.querySelectorAll(':scope > .syllabus-node')) {
				const row = node.querySelector<HTMLElement>(':scope > .syllabus-row')!;
				const title = row.querySelector<HTMLElement>(':scope > .syllabus-title')!;
				const full = row.querySelector(':scope > .syllabus-visually-hidden')?.textContent ?? title.textContent ?? '';
				const type = /syllabus-(list|topic|item|text)/.exec(node.className)?.[1] ?? '';
				const here = [...trail, full];
				out.push({
					trail: here, type, label: title.textContent ?? '', visible: inSight(title),
					count: row.querySelector(':scope > .syllabus-count:not(.syllabus-reach)')?.textContent ?? '',
					reach: row.querySelector(':scope > .syllabus-reach')?.textContent ?? '',
					tooltip: row.getAttribute('title') ?? '', description: row.getAttribute('aria-description') ?? '', underText,
				});
				const kids = node.querySelector(':scope > .syllabus-children');
				if (kids) walk(kids, here, underText || type === 'text');
			}
		};
		walk(document.querySelector('.syllabus-tree')!, [], false);
		return out;
	});
}

/** The progress view's rows: the full title each button is named by, its label, level and what it counts. */
function progressRows(page: Page): Promise<{ name: string; label: string; level: number; count: string; reach: string; tooltip: string }[]> {
	return page.locator('.syllabus-progress-row').evaluateAll((rows) => rows.map((row) => {
		const button = row.querySelector<HTMLElement>('.syllabus-progress-title')!;
		const name = button.getAttribute('aria-label') ?? button.querySelector('.syllabus-visually-hidden')?.textContent ?? '';
		return {
			name: name.replace(/: show in the study plan$/, ''),
			label: button.querySelector('[aria-hidden="true"]')?.textContent ?? button.textContent ?? '',
			level: Number((row as HTMLElement).style.getPropertyValue('--syllabus-level')),
			count: row.querySelector('.syllabus-count')?.textContent ?? '',
			reach: row.querySelector('.syllabus-reach')?.textContent ?? '',
			tooltip: button.getAttribute('title') ?? '',
		};
	}));
}

/** The note files of the page's vault, as `syllabus stats` would read them from disk. */
async function vaultFiles(page: Page): Promise<Map<string, string>> {
	const files = await page.evaluate(async () => {
		const app = (window.syllabusPreview as PreviewHandle).plugin.app;
		const out: [string, string][] = [];
		for (const f of app.vault.getMarkdownFiles()) out.push([f.path, await app.vault.read(f)]);
		return out;
	});
	return new Map(files);
}

describe('sibling names that share a prefix, at 300 px', () => {
	it('read apart in the sidebar and the progress view, with the full name on hover and for screen readers', async () => {
		const { page, errors } = await preview.open({ width: 300 });
		await importList(page, 'lists/weekly-digest.md', DIGEST);
		const weekly = (await sidebarRows(page)).filter((r) => r.type === 'topic' && WEEKS.includes(r.trail[r.trail.length - 1]!));
		expect(weekly.map((r) => r.trail.at(-1))).toEqual(WEEKS);
		// What each row has room to show tells it apart: no two alike, none cut to the shared name.
		const seen = weekly.map((r) => r.visible);
		expect(new Set(seen).size, seen.join(' | ')).toBe(WEEKS.length);
		for (const r of weekly) {
			expect(r.visible, r.label).not.toMatch(/^Top ML Papers/);
			expect(WEEKS.find((w) => w === r.trail.at(-1))).toContain(r.label);
		}
		expect(weekly[0]!.label).toBe('May 6 - May 12');
		// The full name on hover, then what the list files there and what the topic note holds.
		expect(weekly[0]!.tooltip.split('\n')).toEqual([WEEKS[0], 'This list: 0 of 3 done', 'Topic note: 0 of 3 done, in 1 list']);
		expect(weekly[0]!.description).toBe('This list: 0 of 3 done. Topic note: 0 of 3 done, in 1 list');
		// A screen reader hears the full name: it is the tree item's accessible name.
		for (const w of WEEKS) {
			const name = new RegExp(`^${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
			expect(await page.getByRole('treeitem', { name }).count(), w).toBe(1);
		}
		expect(await axeFindings(page)).toEqual([]);

		await page.getByRole('button', { name: 'Show progress' }).click();
		await expect.poll(() => page.locator('.syllabus-progress-row').count()).toBeGreaterThan(WEEKS.length);
		const rows = (await progressRows(page)).filter((r) => WEEKS.includes(r.name));
		expect(rows.map((r) => r.name)).toEqual(WEEKS);
		expect(rows.map((r) => r.label)).toEqual(weekly.map((r) => r.label));
		expect(rows[0]!.tooltip.split('\n')[0]).toBe(WEEKS[0]);
		for (const w of WEEKS) expect(await page.getByRole('button', { name: `${w}: show in the study plan`, exact: true }).count()).toBe(1);
		expect(await axeFindings(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('what a weekly digest looks like at 300 px', () => {
	for (const theme of ['light', 'dark'] as const) {
		it(`reads its weeks apart with nothing overlapping in the ${theme} theme, and is photographed`, async () => {
			const { page, errors } = await preview.open({ theme, width: 300, viewport: { width: 1100, height: 900 } });
			await importList(page, 'lists/weekly-digest.md', DIGEST);
			// Reading now and Next up folded away, every list folded but the digest, its first week open.
			await page.getByRole('button', { name: 'Reading now and next up' }).click();
			await page.getByRole('button', { name: 'Collapse all' }).click();
			const digest = page.locator('.syllabus-tree > .syllabus-list').filter({ has: page.locator(':scope > .syllabus-row', { hasText: 'Top ML papers of the week' }) });
			await digest.locator(':scope > .syllabus-row > .syllabus-toggle').click();
			await digest.locator('.syllabus-topic > .syllabus-row > .syllabus-toggle').first().click();
			await expect.poll(() => digest.locator('.syllabus-item').count()).toBe(3);
			// Nothing runs past the sidebar or over its neighbour: titles, counts, bars and statuses in a row side by side.
			const content = page.locator('.view-content');
			expect(await content.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
			const overlaps = await digest.locator('.syllabus-row').evaluateAll((rows) => rows.flatMap((row) => {
				const parts = [...row.children].filter((c) => c.getBoundingClientRect().width > 1).map((c) => c.getBoundingClientRect());
				return parts.slice(1).filter((b, i) => b.left < parts[i]!.right - 0.5).map(() => row.textContent ?? '');
			}));
			expect(overlaps).toEqual([]);
			await page.mouse.move(0, 0);
			await page.evaluate(() => document.querySelectorAll('.notice').forEach((n) => n.remove()));
			await page.locator('.mod-right-split').screenshot({ path: `${SHOTS}/weekly-digest-${theme}-300.png` });
			expect(errors).toEqual([]);
			await page.close();
		});
	}
});

describe('a list with a sub-heading under every module', () => {
	it('shows in every sidebar and progress row what planProgress counts, no parent below a child', async () => {
		const { page, errors } = await preview.open({ width: 300 });
		await importList(page, 'lists/repeated-subheadings.md', COURSE);
		await page.getByRole('button', { name: 'Expand all' }).click();
		const lib = libraryFromFiles(await vaultFiles(page));
		const stats = planProgress(buildStudyPlan(lib.items, lib.blocks, lib.resolver));
		const topicNote = (title: string) => {
			const found = stats.topics.filter((t) => t.title === title);
			expect(found, title).toHaveLength(1);
			return found[0]!;
		};
		// What each list and topic row should show: its own count, or, for a topic its list only names
		// while its note holds items elsewhere, in how many lists the note appears.
		const shows = (title: string, t: { done: number; total: number }, topic: boolean): string => {
			const note = topic && t.total === 0 ? topicNote(title) : undefined;
			return note && note.total > 0 ? `in ${countOf(note.lists, 'list')}` : `${t.done}/${t.total}`;
		};
		const expected = stats.lists.flatMap((l) => [
			`${l.title}: ${shows(l.title, l, false)}`,
			...l.rows.map((r) => `${[l.title, ...r.trail].join(' › ')}: ${shows(r.trail.at(-1)!, r, true)}`),
		]);
		const all = await sidebarRows(page);
		const counted = all.filter((r) => r.type === 'list' || r.type === 'topic');
		expect(counted.map((r) => `${r.trail.join(' › ')}: ${r.count || r.reach}`)).toEqual(expected);
		// The course list has its repeated sub-heading, and a bare topic row.
		// The course list counts an item it files in two modules once ("Backpropagation explained"):
		// its total is below the sum of its modules'.
		const course = counted.filter((r) => r.trail[0] === 'Applied deep learning, a self-paced course');
		const modules = course.filter((r) => r.trail.length === 2);
		expect(modules.map((r) => r.trail[1])).toEqual(COURSE.match(/^## .+$/gm)!.map((h) => h.slice(3)));
		const total = (r: SidebarRow): number => Number(/\/(\d+)$/.exec(r.count)?.[1] ?? 0);
		expect(total(course[0]!)).toBeLessThan(modules.reduce((n, m) => n + total(m), 0));
		// Topic rows their list only names show where the topic note's items are (the seeds have some).
		expect(counted.filter((r) => r.reach).length).toBeGreaterThan(0);

		// No parent below a child, in any list.
		for (const parent of counted) {
			for (const child of counted.filter((c) => c.trail.length > parent.trail.length && parent.trail.every((t, i) => c.trail[i] === t))) {
				expect(total(parent), `${parent.trail.join(' › ')} ≥ ${child.trail.join(' › ')}`).toBeGreaterThanOrEqual(total(child));
			}
		}
		// Every topic row's tooltip adds the topic note across lists, as stats counts it.
		for (const r of counted.filter((c) => c.type === 'topic')) {
			const t = topicNote(r.trail.at(-1)!);
			expect(r.tooltip.split('\n').at(-1), r.trail.join(' › ')).toBe(`Topic note: ${t.done} of ${t.total} done, in ${countOf(t.lists, 'list')}`);
		}
		// Every item's tooltip: its title, then each place it really has in a list, one line each.
		const places = placesOf(lib.items, lib.blocks, lib.resolver);
		const items = all.filter((r) => r.type === 'item' && r.trail[0] === 'Applied deep learning, a self-paced course');
		expect(items.length).toBeGreaterThan(10);
		for (const r of items) {
			const [item, ...same] = [...lib.items.values()].filter((i) => i.title === r.trail.at(-1));
			if (same.length) continue;
			expect(r.tooltip.split('\n'), r.trail.join(' › ')).toEqual([item!.title, ...(places.get(item!.path) ?? []).map(placeText)]);
		}
		const twice = items.find((r) => r.trail.at(-1) === 'Backpropagation explained')!;
		expect(twice.tooltip.split('\n').slice(1)).toEqual([
			'Applied deep learning, a self-paced course › Module 1: Foundations',
			'Applied deep learning, a self-paced course › Module 4: Efficient attention',
		]);
		expect(await axeFindings(page)).toEqual([]);

		// The progress view: the same numbers for every list and topic it shows (it leaves out rows under plain text lines).
		await page.getByRole('button', { name: 'Show progress' }).click();
		await expect.poll(() => page.locator('.syllabus-progress-row').count()).toBeGreaterThan(10);
		const trail: string[] = [];
		const progress = (await progressRows(page)).map((r) => {
			trail.length = r.level;
			trail.push(r.name);
			return `${trail.join(' › ')}: ${r.count || r.reach}`;
		});
		expect(progress).toEqual(expected.filter((_, i) => !counted[i]!.underText));
		expect(await axeFindings(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
