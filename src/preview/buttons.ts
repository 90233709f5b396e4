/**
 * Buttons that answer clicks on the page. The mock's buttons keep their
 * handler for tests to call; here a `Setting` builds this subclass instead,
 * so the plugin's modals (the import preview, link concepts) work with a
 * real click, without changing the mock's classes for anyone else.
 */
import type { ButtonComponent as ObsidianButtonComponent } from 'obsidian';
import { ButtonComponent as MockButtonComponent, Setting as MockSetting } from 'obsidian-test-mocks/obsidian';

/** A button that runs its handler when clicked, and still keeps it as the mock does. */
export class ButtonComponent extends MockButtonComponent {
	override onClick(callback: (evt: MouseEvent) => unknown): this {
		super.onClick(callback);
		this.buttonEl.addEventListener('click', (evt) => void callback(evt));
		return this;
	}
}

/** A setting whose buttons are the page's. */
export class Setting extends MockSetting {
	override addButton(cb: (component: ObsidianButtonComponent) => unknown): this {
		cb(new ButtonComponent(this.controlEl));
		return this;
	}
}
