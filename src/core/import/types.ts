/**
 * The shapes of an import: its options, the writes it plans, and the report
 * those writes add up to — what the CLI prints and the preview shows.
 */
import type { Status } from '../types';
import type { ListChange } from '../note/list-identity';
import type { TemplateKind } from './template';
import type { PropertyPatch } from '../note/frontmatter';

/** The kinds of note Syllabus writes. */
export type NoteType = 'resource' | 'concept' | 'topic' | 'list' | 'base';

/** Import options. */
export interface ImportOptions {
	/** Root folder inside the vault (default `Syllabus`). */
	folder: string;
	/** Today's date as `YYYY-MM-DD`, for `added`. */
	today: string;
	/** Names of the folders for each kind of note, under the root. */
	subfolders?: Partial<Record<Exclude<NoteType, 'base'>, string>>;
	/**
	 * Whether a list's `[x]`, `[DONE]`, `✅` or `[/]` moves an existing note
	 * forward (todo → reading → done, never back). On unless the reader keeps
	 * status only in Obsidian.
	 */
	statusFromLists?: boolean;
	/** Templates for the reader's part of new notes (see `template.ts`), and the date `{{date}}` renders (default `today`). */
	templates?: Partial<Record<TemplateKind, string>>;
	templateDate?: string;
}

/** What the preview says about a note an import creates: its title, its kind, the topic it is filed under first. */
export interface NewNote {
	title: string;
	kind: string;
	topic?: string;
}

/** A status a list moves an existing note forward to. */
export interface Advance {
	title: string;
	from: Status;
	to: Status;
}

/**
 * One planned write. Each says what the report says about it, so the report
 * is worked out from the writes alone (`import-report.ts`).
 */
export type PlannedWrite =
	/**
	 * `properties`, when given, are what reading `content`'s front matter gives (`composeNewNote`). With `finish`,
	 * the path holds an empty note an interrupted import left: it is written only while it is still empty.
	 */
	| {
			op: 'create';
			path: string;
			type: NoteType;
			content: string;
			properties?: Record<string, unknown>;
			about?: NewNote;
			finish?: true;
	  }
	| { op: 'patch'; path: string; type: NoteType; patch: PropertyPatch; fields: string[]; advance?: Advance }
	/** Replace the generated block of a list note whose entries changed (`list-block.ts`). */
	| { op: 'block'; path: string; type: NoteType; block: string }
	/** Replace a whole file, but only while its text is one of `from` (text we wrote and nobody changed). */
	| { op: 'upgrade'; path: string; type: NoteType; from: string[]; content: string };

/** What planning found besides the writes: notes it leaves alone, items that left their lists. */
export interface PlanFindings {
	skipped: ImportReport['skipped'];
	missing: ImportReport['missing'];
	listChanges: ListChange[];
	/** The path of each note the catalog wants that exists already: those no write touches are unchanged. */
	existing: string[];
	templateProblems?: string[];
	/** Empty notes in the import's folder that no planned note is finished in: left as they are, reported. */
	empty?: string[];
}

/** A planned write that was not made: with a reason it is reported as skipped, without one the note was already as planned. */
export interface Undone {
	write: PlannedWrite;
	reason?: string;
}

/** What an import did, or would do on a dry run. */
export interface ImportReport {
	/** Notes made; the planner also says what each is (title, kind, topic), for the import preview. */
	created: { path: string; type: NoteType; title?: string; kind?: string; topic?: string }[];
	updated: { path: string; type: NoteType; fields: string[] }[];
	unchanged: number;
	skipped: { path?: string; title?: string; reason: string }[];
	/** Items (and, with `topic`, topic notes) a re-imported list no longer has; their notes are kept as they are. */
	missing: { list: string; path: string; title: string; topic?: true }[];
	/** Lists already in the vault that this import takes items out of. */
	listChanges: ListChange[];
	/** Notes whose status moved forward because a list marks them further along. */
	advanced: { path: string; title: string; from: Status; to: Status }[];
	/** Temporary files left by an interrupted import, removed before this one. */
	removedTemporary: number;
	/** What to tell the reader about the templates (unknown variables, once each). */
	templateProblems?: string[];
	/** Empty notes an interrupted import left, now written whole (also counted in `created`). */
	finished?: string[];
	/** Empty notes in the import's folder that are not where this import puts a note: left as they are. */
	empty?: string[];
}

/** A plan: the writes to make, what else planning found, and the report they add up to. */
export interface ImportPlan {
	writes: PlannedWrite[];
	findings: PlanFindings;
	report: ImportReport;
}

/** Default folder names under the root, one per kind of note. */
export const DEFAULT_SUBFOLDERS: Record<Exclude<NoteType, 'base'>, string> = { resource: 'Resources', concept: 'Concepts', topic: 'Topics', list: 'Lists' };

/**
 * Receipts of imports that found nothing to write, kept by a vault that can
 * tell from its files' sizes and times that it is exactly as it was (the
 * CLI's, as git's index does). The same import into the same vault then needs
 * no scan and no plan. A receipt is only a shortcut: the plan it stands for
 * is the one planning would make again, because every input of the plan — the
 * vault's files, the lists (by the caller's key) and the options (the key) —
 * is the same.
 */
export interface ImportReceipts {
	/** What the import with this key found when it had nothing to write, if the vault is unchanged since; else undefined. */
	recall(key: string): Promise<PlanFindings | undefined>;
	/** Keep what an import with this key found, with nothing to write, in the vault as the `recall` before it saw it. */
	remember(key: string, findings: PlanFindings): void;
}
