/**
 * The status bar item: "12/80 done" over the whole library, hidden while the
 * library is empty or when the reader turned it off. It follows the library
 * and the setting through the events the caller registers.
 */
import { tallyItems } from '../core';
import type { LibraryStore } from './library-store';

/** The progress shown in the status bar. */
export class ProgressStatusBar {
	constructor(
		private readonly el: HTMLElement,
		private readonly library: Pick<LibraryStore, 'items'>,
		private readonly shown: () => boolean,
	) {
		el.addClass('syllabus-status-bar');
		el.setAttr('aria-label', 'Open study plan');
		el.hide();
	}

	/** Show the count as the library has it now. */
	update(): void {
		const items = this.library.items;
		this.el.toggle(this.shown() && items.size > 0);
		const { done, total } = tallyItems(items.values());
		this.el.setText(`${done}/${total} done`);
	}
}
