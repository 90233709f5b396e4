/**
 * The `obsidian` module as the preview page sees it: obsidian-test-mocks, the
 * same runtime the plugin's tests use, with the few pieces a person needs on
 * screen filled in. The mocks keep modals, notices and button clicks in
 * memory so tests can inspect them; here a modal is shown over the page, a
 * suggest modal lists its suggestions and answers the keyboard as Obsidian's
 * prompt does (arrows, Enter, Escape, and the hotkeys a modal registers in
 * its scope), a notice appears in the corner and a button listens for clicks
 * (./buttons.ts).
 * The plugin's own modules are bundled unchanged on top of this.
 */
import {
	Modal as MockModal,
	Notice as MockNotice,
	Scope as MockScope,
	SuggestModal as MockSuggestModal,
	type App,
} from 'obsidian-test-mocks/obsidian';
import type { KeymapEventHandler, KeymapEventListener, Modifier } from 'obsidian';

export * from 'obsidian-test-mocks/obsidian';
// Named exports win over the star: the page's buttons answer clicks.
export { ButtonComponent, Setting } from './buttons';

interface Hotkey {
	modifiers: string;
	key: string;
	func: KeymapEventListener;
}

/** The modifiers of a key press as a scope names them. */
function modifiersOf(evt: KeyboardEvent): string {
	const mods: string[] = [];
	// Mod is Cmd on macOS and Ctrl elsewhere; the page takes either, on any system.
	if (evt.metaKey || evt.ctrlKey) mods.push('Mod');
	if (evt.altKey) mods.push('Alt');
	if (evt.shiftKey) mods.push('Shift');
	return mods.sort().join(',');
}

/** A scope that keeps its handlers and runs the one matching a key press. */
export class Scope extends MockScope {
	private hotkeys: Hotkey[] = [];

	// The mock's constructor is protected (the app makes scopes); the page makes its own.
	constructor() {
		super();
	}

	override register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
		const handler = super.register(modifiers, key, func);
		this.hotkeys.push({ modifiers: [...(modifiers ?? [])].sort().join(','), key: key ?? '', func });
		return handler;
	}

	/** Run the handler for this key press; true when one took it. */
	handle(evt: KeyboardEvent): boolean {
		const mods = modifiersOf(evt);
		const hit = this.hotkeys.find((h) => h.key === evt.key && h.modifiers === mods);
		if (!hit) return false;
		const result: unknown = hit.func(evt, { modifiers: mods, key: evt.key, vkey: evt.key });
		if (result === false) evt.preventDefault();
		return true;
	}
}

let modalIds = 0;

/** Show a modal's container over the page, as `.modal-container` does in the app. */
function attach(modal: MockModal & { scope: Scope }, onEscape: () => void): () => void {
	const previous = activeDocument.activeElement as HTMLElement | null;
	const container = modal.containerEl;
	container.addClass('modal-container', 'mod-dim');
	const bg = container.createDiv({ cls: 'modal-bg' });
	container.prepend(bg);
	container.setAttr('role', 'presentation');
	modal.modalEl.addClass('modal');
	modal.modalEl.setAttrs({ role: 'dialog', 'aria-modal': 'true' });
	activeDocument.body.appendChild(container);
	const onKey = (evt: KeyboardEvent): void => {
		if (modal.scope.handle(evt)) return;
		if (evt.key === 'Escape') {
			evt.preventDefault();
			onEscape();
		}
	};
	container.addEventListener('keydown', onKey);
	bg.addEventListener('click', onEscape);
	return () => {
		container.removeEventListener('keydown', onKey);
		bg.remove();
		container.detach();
		// Focus goes back where it was, as in the app, so keyboard users keep their place.
		previous?.focus();
	};
}

/** Whether a modal is on screen, and how to take it off again. */
class OnScreen {
	private detach: (() => void) | undefined = undefined;

	constructor(private readonly modal: MockModal & { scope: Scope }) {}

	/** Show the modal; false when it already was. */
	show(onEscape: () => void): boolean {
		if (this.detach) return false;
		this.detach = attach(this.modal, onEscape);
		return true;
	}

	/** Take the modal off the page; false when it was not on it. */
	hide(): boolean {
		const detach = this.detach;
		if (!detach) return false;
		this.detach = undefined;
		detach();
		return true;
	}
}

/** A modal shown over the page, with a close button and Escape to close. */
export class Modal extends MockModal {
	declare scope: Scope;
	private readonly screen = new OnScreen(this);

	constructor(app: App) {
		super(app);
		this.scope = new Scope();
		this.modalEl.prepend(this.titleEl);
		this.titleEl.addClass('modal-title');
		this.contentEl.addClass('modal-content');
		const close = this.modalEl.createDiv({ cls: 'modal-close-button', attr: { role: 'button', tabindex: '0', 'aria-label': 'Close' } });
		this.modalEl.prepend(close);
		close.addEventListener('click', () => this.close());
		close.addEventListener('keydown', (e) => {
			if (e.key === 'Enter' || e.key === ' ') this.close();
		});
	}

	override open(): void {
		if (!this.screen.show(() => this.close())) return;
		this.onOpen();
		// A dialog is announced by its title.
		if (this.titleEl.getText()) {
			this.titleEl.id ||= `preview-modal-title-${++modalIds}`;
			this.modalEl.setAttr('aria-labelledby', this.titleEl.id);
		}
		this.modalEl.querySelector<HTMLElement>('button, input, [tabindex="0"]')?.focus();
	}

	override close(): void {
		if (this.screen.hide()) super.close();
	}
}

/**
 * A suggest modal laid out as Obsidian's prompt: an input, the results, the
 * instructions. Typing asks `getSuggestions`, each result is drawn by
 * `renderSuggestion` into a `.suggestion-item`, the arrows move the
 * selection, Enter chooses, Escape closes.
 */
export abstract class SuggestModal<T> extends MockSuggestModal<T> {
	declare scope: Scope;
	private readonly screen = new OnScreen(this);
	private values: T[] = [];
	private items: HTMLElement[] = [];
	private selected = 0;
	private generation = 0;

	constructor(app: App) {
		super(app);
		this.scope = new Scope();
		this.modalEl.addClass('prompt');
		this.contentEl.remove();
		this.titleEl.remove();
		const box = this.modalEl.createDiv({ cls: 'prompt-input-container' });
		this.modalEl.prepend(box);
		box.appendChild(this.inputEl);
		this.inputEl.addClass('prompt-input');
		this.inputEl.setAttrs({ type: 'text', role: 'combobox', 'aria-expanded': 'true', 'aria-autocomplete': 'list', 'aria-controls': 'preview-prompt-results', enterkeyhint: 'done' });
		this.resultContainerEl.addClass('prompt-results');
		this.resultContainerEl.setAttrs({ id: 'preview-prompt-results', role: 'listbox', 'aria-label': 'Suggestions' });
		this.inputEl.addEventListener('input', () => void this.update());
		this.scope.register([], 'ArrowDown', (e) => this.move(e, 1));
		this.scope.register([], 'ArrowUp', (e) => this.move(e, -1));
		this.scope.register([], 'Enter', (e) => {
			e.preventDefault();
			this.selectActiveSuggestion(e);
			return false;
		});
	}

	override setPlaceholder(placeholder: string): void {
		super.setPlaceholder(placeholder);
		this.inputEl.setAttr('aria-label', placeholder);
		this.modalEl.setAttr('aria-label', placeholder);
	}

	override setInstructions(instructions: { command: string; purpose: string }[]): void {
		super.setInstructions(instructions);
		this.instructionsEl__.addClass('prompt-instructions');
	}

	override open(): void {
		if (!this.screen.show(() => this.close())) return;
		this.onOpen();
		this.inputEl.focus();
		void this.update();
	}

	override close(): void {
		if (this.screen.hide()) super.close();
	}

	private move(e: KeyboardEvent, by: number): false {
		e.preventDefault();
		if (this.items.length) this.select((this.selected + by + this.items.length) % this.items.length);
		return false;
	}

	private select(i: number): void {
		this.items[this.selected]?.removeClass('is-selected');
		this.items[this.selected]?.setAttr('aria-selected', 'false');
		this.selected = i;
		const el = this.items[i];
		if (!el) return;
		el.addClass('is-selected');
		el.setAttr('aria-selected', 'true');
		this.inputEl.setAttr('aria-activedescendant', el.id);
		el.scrollIntoView({ block: 'nearest' });
	}

	private async update(): Promise<void> {
		const generation = ++this.generation;
		const values = await this.getSuggestions(this.inputEl.value);
		// A slower answer to an earlier keystroke must not replace a newer one.
		if (generation !== this.generation) return;
		this.values = values.slice(0, this.limit);
		this.resultContainerEl.empty();
		this.items = [];
		this.selected = 0;
		if (!this.values.length) {
			this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
			this.inputEl.removeAttribute('aria-activedescendant');
			this.onNoSuggestion();
			return;
		}
		this.values.forEach((value, i) => {
			const el = this.resultContainerEl.createDiv({ cls: 'suggestion-item', attr: { role: 'option', id: `preview-suggestion-${i}`, 'aria-selected': 'false' } });
			this.renderSuggestion(value, el);
			el.addEventListener('mousemove', () => this.select(i));
			el.addEventListener('click', (evt) => this.selectSuggestion(value, evt));
			this.items.push(el);
		});
		this.select(0);
	}

	override selectActiveSuggestion(evt: KeyboardEvent | MouseEvent): void {
		const value = this.values[this.selected];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	override selectSuggestion(value: T, evt: KeyboardEvent | MouseEvent): void {
		// The app closes the prompt first, then hands over the choice.
		this.close();
		this.onChooseSuggestion(value, evt);
	}
}

/** A notice in the corner of the page; a duration of 0 keeps it until hidden. */
export class Notice extends MockNotice {
	constructor(message: string | DocumentFragment, duration?: number) {
		super(message, duration);
		// The mock shows a copy of a fragment; show the fragment itself, so its buttons (Undo) work.
		if (typeof message !== 'string') {
			this.messageEl.empty();
			this.messageEl.appendChild(message);
		}
		let host = activeDocument.body.querySelector<HTMLElement>('.notice-container');
		if (!host) host = activeDocument.body.createDiv({ cls: 'notice-container', attr: { role: 'status', 'aria-live': 'polite' } });
		this.containerEl.addClass('notice');
		this.noticeEl.remove();
		host.appendChild(this.containerEl);
		const ms = duration ?? 5000;
		if (ms > 0) window.setTimeout(() => this.hide(), ms);
	}

	override hide(): void {
		this.containerEl.detach();
	}
}
