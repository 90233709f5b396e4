/**
 * The question an import asks before it writes anything, and its default
 * answerer: the preview modal. The import flow only asks `confirm(question)`,
 * so tests and other hosts answer it with a function of their own instead of
 * reaching into the modal (the official Importer's `HostPlugin` pattern).
 */
import type { App } from 'obsidian';
import type { KeepLinks } from '../core';
import { PreviewModal, type LeftOutOffer, type PlanSummary, type PreviewOptions } from './import-preview';

/** What an import will do, for the reader to accept or not. */
export interface ImportQuestion {
	/** Where the list came from: a path, or "Clipboard". */
	source: string;
	summary: PlanSummary;
	/** Set when the reader may name the list (a clipboard import): the name proposed. */
	name?: string;
	/** Whether to offer fetching metadata once the import is written. */
	offerEnrich: boolean;
	/** Links the list left out of its readings, offered to keep. */
	leftOut?: LeftOutOffer;
}

/** The reader's choices besides "import". */
export interface ImportChoice {
	/** The list's name, for a list the reader may name; unset keeps the one proposed. */
	name?: string;
	/** Fetch metadata for the new resources once the import is written; unset: yes when it was offered. */
	enrich?: boolean;
	/** Left-out links to import as readings after all (`ImportQuestion.leftOut`); unset keeps none. */
	keep?: KeepLinks;
}

/** `false` cancels; `true` imports as proposed (the name proposed, metadata fetched if offered); choices import with them. */
export type ImportAnswer = boolean | ImportChoice;

/** Asks the reader before an import writes anything. */
export type ConfirmImport = (question: ImportQuestion) => Promise<ImportAnswer>;

/** What the preview modal offers for a question besides Import. */
export function previewOptions(q: ImportQuestion): PreviewOptions {
	return { ...(q.name !== undefined ? { name: q.name } : {}), offerEnrich: q.offerEnrich, ...(q.leftOut ? { leftOut: q.leftOut } : {}) };
}

/** The default: the preview modal, answered by its Import and Cancel buttons (or Escape). */
export function confirmInModal(app: App): ConfirmImport {
	return (q) =>
		new Promise((resolve) => {
			new AnsweringPreview(app, q, resolve).open();
		});
}

/** The preview modal, resolving its question once, however it closes. */
class AnsweringPreview extends PreviewModal {
	constructor(
		app: App,
		q: ImportQuestion,
		private readonly answer: (a: ImportAnswer) => void,
	) {
		super(app, q.source, q.summary, (name, enrich, keep) => answer({ ...(name ? { name } : {}), enrich, ...(keep ? { keep } : {}) }), previewOptions(q));
	}

	onClose(): void {
		super.onClose();
		// Import closes the modal before it answers: a close means "no" only after Import had its turn.
		void Promise.resolve().then(() => this.answer(false));
	}
}
