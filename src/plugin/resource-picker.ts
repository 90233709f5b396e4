/**
 * "Find resource": a fuzzy picker over every resource and concept. Enter
 * opens the note, Mod+Enter opens it in a new tab, Shift+Enter opens its URL.
 * Query prefixes narrow the search (`status:todo`, `kind:paper`, `#topic`).
 * The ranking lives in the core; this modal only renders results.
 */
import { SuggestModal, setIcon, type App } from 'obsidian';
import { QUERY_HELP, bibliographyLine, parseQuery, placeLines, reasonText, type SearchRecord, type SearchResult } from '../core';
import type { PlanContext } from './plan-context';
import { iconFor } from './study-plan-view';

/** Split a title into plain and highlighted runs for the given ranges. */
export function highlightRuns(title: string, ranges: [number, number][]): { text: string; match: boolean }[] {
	const marks = new Array<boolean>(title.length).fill(false);
	for (const [a, b] of ranges) for (let i = Math.max(0, a); i <= Math.min(title.length - 1, b); i++) marks[i] = true;
	const runs: { text: string; match: boolean }[] = [];
	for (let i = 0; i < title.length; i++) {
		const last = runs[runs.length - 1];
		if (last && last.match === marks[i]) last.text += title[i];
		else runs.push({ text: title[i]!, match: marks[i]! });
	}
	return runs;
}

/** What the picker says about how many items a query found. */
export function matchCount(n: number, limit: number, filtered: boolean): string {
	if (!n) return filtered ? 'Nothing matches these words and filters.' : 'Nothing matches.';
	if (n >= limit) return `The best ${limit} matches`;
	return n === 1 ? '1 match' : `${n} matches`;
}

/** The picker modal. */
export class ResourcePicker extends SuggestModal<SearchResult> {
	private readonly countEl: HTMLElement;

	constructor(
		app: App,
		private readonly ctx: PlanContext,
		private readonly mode: 'open' | 'insert',
		private readonly onInsert?: (path: string, title: string) => void,
	) {
		super(app);
		this.setPlaceholder('Find a resource: words, status:todo, kind:paper, #topic');
		this.limit = 50;
		this.setInstructions(
			mode === 'open'
				? [
						{ command: '↵', purpose: 'to open' },
						{ command: 'mod ↵', purpose: 'to open in a new tab' },
						{ command: 'shift ↵', purpose: 'to open the URL' },
						{ command: 'esc', purpose: 'to dismiss' },
					]
				: [
						{ command: '↵', purpose: 'to insert a link' },
						{ command: 'esc', purpose: 'to dismiss' },
					],
		);
		if (mode === 'open') {
			this.scope.register(['Mod'], 'Enter', (e) => this.chooseSelected(e));
			this.scope.register(['Shift'], 'Enter', (e) => this.chooseSelected(e));
		}
		this.countEl = this.modalEl.createDiv({ cls: 'syllabus-query-count', attr: { role: 'status', 'aria-live': 'polite' } });
		const help = this.modalEl.createDiv({ cls: 'syllabus-query-help' });
		help.setText(QUERY_HELP.map((h) => `${h.syntax} ${h.description}`).join(' · '));
	}

	private chooseSelected(e: KeyboardEvent): boolean {
		// onChooseSuggestion reads the modifier keys from this event.
		e.preventDefault();
		this.selectActiveSuggestion(e);
		return false;
	}

	private open_(record: SearchRecord, how: 'note' | 'tab' | 'url'): void {
		if (how === 'url' && record.url) window.open(record.url);
		else void this.ctx.openNote(record.id, how === 'tab');
	}

	getSuggestions(query: string): SearchResult[] {
		if (!query.trim()) {
			this.countEl.setText('Next up');
			return this.ctx.search.nextUp(this.limit).map((record) => ({ record, score: 0, titleMatches: [] }));
		}
		const results = this.ctx.search.search(query, this.limit);
		this.countEl.setText(matchCount(results.length, this.limit, parseQuery(query).filters.length > 0));
		return results;
	}

	renderSuggestion(result: SearchResult, el: HTMLElement): void {
		const r = result.record;
		el.addClass('syllabus-suggestion');
		const item = this.ctx.library.items.get(r.id);
		setIcon(el.createSpan({ cls: 'syllabus-icon' }), iconFor(item));
		const main = el.createDiv({ cls: 'syllabus-suggestion-main' });
		const title = main.createDiv({ cls: 'syllabus-suggestion-title' });
		for (const run of highlightRuns(r.title, result.titleMatches)) {
			if (run.match) title.createSpan({ text: run.text, cls: 'syllabus-match' });
			else title.appendText(run.text);
		}
		// Why it is here when the title does not say it: read with the title, before where it sits.
		if (result.reason) main.createDiv({ text: reasonText(result.reason), cls: `syllabus-suggestion-reason is-${result.reason.kind}` });
		if (r.detail) main.createDiv({ text: r.detail, cls: 'syllabus-suggestion-path' });
		// Where it sits, one line per place a list gives it; a line cut short at narrow widths shows whole on hover.
		const where = placeLines(r.places);
		for (const line of where.lines) main.createDiv({ text: line, cls: 'syllabus-suggestion-path syllabus-suggestion-place', attr: { title: line } });
		if (where.more) main.createDiv({ text: where.more, cls: 'syllabus-suggestion-path syllabus-suggestion-more' });
		const cited = bibliographyLine(r);
		if (cited) main.createDiv({ text: cited, cls: 'syllabus-suggestion-path syllabus-suggestion-cited' });
		el.createSpan({ text: r.status, cls: `syllabus-status is-${r.status}` });
	}

	onChooseSuggestion(result: SearchResult, evt: MouseEvent | KeyboardEvent): void {
		if (this.mode === 'insert') {
			this.onInsert?.(result.record.id, result.record.title);
			return;
		}
		const how = evt.shiftKey ? 'url' : evt.ctrlKey || evt.metaKey ? 'tab' : 'note';
		this.open_(result.record, how);
	}
}
