/**
 * The chart of items finished per week: an SVG bar chart drawn in theme
 * colours (classes in styles.css, so light, dark and community themes all
 * apply), with the weekly goal as a dashed line. Its text alternative is
 * twofold: the image's name sums it up, and a table beside it gives every
 * week's number for anyone who wants them.
 */
import type { WeeklyProgress } from '../core';

const WIDTH = 360;
const HEIGHT = 120;
const TOP = 14;
const BOTTOM = 18;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-16` → `Nov 16`. */
export function shortDate(date: string): string {
	const [, m, d] = date.split('-');
	return `${MONTHS[Number(m) - 1] ?? m} ${Number(d)}`;
}

/** One sentence that says what the chart shows. */
export function chartSummary(w: WeeklyProgress, goal: number): string {
	const total = w.weeks.reduce((n, x) => n + x.count, 0);
	const best = w.weeks.reduce((a, b) => (b.count > a.count ? b : a), w.weeks[0] ?? { start: '', count: 0 });
	const parts = [`${total} finished in the last ${w.weeks.length} weeks`];
	if (best.count) parts.push(`most in the week of ${shortDate(best.start)} (${best.count})`);
	parts.push(`${w.thisWeek} this week${goal ? ` of a goal of ${goal}` : ''}`);
	return `Items finished per week: ${parts.join(', ')}.`;
}

/** Draw the chart and its table into `parent`. */
export function renderWeeklyChart(parent: HTMLElement, w: WeeklyProgress, goal: number): void {
	const figure = parent.createEl('figure', { cls: 'syllabus-chart' });
	const summary = chartSummary(w, goal);
	const svg = figure.createSvg('svg', { cls: 'syllabus-chart-svg', attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': summary, preserveAspectRatio: 'xMidYMid meet' } });
	const max = Math.max(goal, ...w.weeks.map((x) => x.count), 1);
	const plot = HEIGHT - TOP - BOTTOM;
	const slot = WIDTH / Math.max(w.weeks.length, 1);
	const y = (v: number): number => TOP + plot - (v / max) * plot;
	svg.createSvg('line', { cls: 'syllabus-chart-axis', attr: { x1: 0, x2: WIDTH, y1: y(0), y2: y(0) } });
	w.weeks.forEach((week, i) => {
		const x = i * slot + slot * 0.15;
		const h = y(0) - y(week.count);
		const current = i === w.weeks.length - 1;
		svg.createSvg('rect', { cls: `syllabus-chart-bar${current ? ' is-current' : ''}`, attr: { x, y: y(week.count), width: slot * 0.7, height: Math.max(h, 0), rx: 2 } });
		if (week.count) svg.createSvg('text', { cls: 'syllabus-chart-value', attr: { x: x + slot * 0.35, y: y(week.count) - 3, 'text-anchor': 'middle' } }).setText(String(week.count));
		// A date under every third week and the current one keeps the labels apart at 300 px.
		if (i % 3 === (w.weeks.length - 1) % 3) svg.createSvg('text', { cls: 'syllabus-chart-label', attr: { x: x + slot * 0.35, y: HEIGHT - 4, 'text-anchor': 'middle' } }).setText(shortDate(week.start));
	});
	if (goal) svg.createSvg('line', { cls: 'syllabus-chart-goal', attr: { x1: 0, x2: WIDTH, y1: y(goal), y2: y(goal) } });
	figure.createEl('figcaption', { text: summary });
	const details = figure.createEl('details', { cls: 'syllabus-chart-table' });
	details.createEl('summary', { text: 'Show as a table' });
	const table = details.createEl('table');
	const head = table.createEl('thead').createEl('tr');
	head.createEl('th', { text: 'Week of', attr: { scope: 'col' } });
	head.createEl('th', { text: 'Finished', attr: { scope: 'col' } });
	const body = table.createEl('tbody');
	for (const week of w.weeks) {
		const tr = body.createEl('tr');
		tr.createEl('th', { text: shortDate(week.start), attr: { scope: 'row' } });
		tr.createEl('td', { text: String(week.count) });
	}
}
