/**
 * Enrichment of a whole vault, or of some notes: find the Syllabus resource
 * notes, look them up (cache first), plan each note's change, then write one
 * note at a time so a failure leaves every other note whole. A dry run plans
 * and reports without writing. Renames go through the vault, which updates
 * every link (Obsidian's file manager, or the relinker for folders).
 */
import type { Vault } from '../vault/types';
import { basenameOf } from '../note/names';
import type { EnrichCache } from './cache';
import { abstractMentionsLine, mentionContext, withMentions, type MentionContext } from './mentions';
import { planNote, withAbout } from './note-plan';
import type { Move } from './relink';
import { enrichTargets, type EnrichDeps } from './run';
import { targetOf } from './targets';
import type { Lookup } from './types';
import { redactUrl } from '../net/guard';
import { ID_KEY, idRole } from '../note/schema';

/** A vault that can also add properties and rename notes with their links. */
export interface EnrichVault extends Vault {
	/** Add properties the note lacks (and an alias); never replace a value. */
	addProperties(path: string, add: Record<string, unknown>, alias?: string): Promise<void>;
	/** Move notes, updating every link to them across the vault. */
	renameNotes(moves: Move[]): Promise<void>;
}

/** What a run did, note by note. */
export interface EnrichReport {
	filled: { path: string; fields: string[]; renamedFrom?: string; source: string }[];
	unchanged: number;
	failed: { path: string; url: string; reason: string }[];
	skipped: { path: string; reason: string }[];
	requests: number;
	fromCache: number;
	cancelled: boolean;
	/** No host could be reached: the run stopped before writing anything (`NO_CONNECTION` and the hosts). */
	offline?: string;
}

/** Options of a vault run. */
export interface EnrichVaultOptions extends EnrichDeps {
	/** Only these notes (the "this note" command); default every resource note. */
	paths?: string[];
	dryRun?: boolean;
}

/** Enrich the resource notes of a vault. The cache is updated in place. */
export async function enrichVault(vault: EnrichVault, cache: EnrichCache, options: EnrichVaultOptions): Promise<EnrichReport> {
	const scan = await vault.scan();
	const only = options.paths ? new Set(options.paths) : undefined;
	const notes: { path: string; properties: Record<string, unknown>; text: string; key: string }[] = [];
	const targets = [];
	for (const n of scan.notes) {
		if ('error' in n || (only && !only.has(n.path))) continue;
		const id = n.properties[ID_KEY];
		const url = n.properties.url;
		if (typeof id !== 'string' || idRole(id) !== 'resource' || typeof url !== 'string') continue;
		const text = (await vault.read(n.path)) ?? '';
		const t = targetOf(url, calloutText(text));
		if (!t) continue;
		targets.push(t);
		notes.push({ path: n.path, properties: n.properties, text, key: t.key });
	}
	const run = await enrichTargets(targets, cache, options);
	const report: EnrichReport = { filled: [], unchanged: 0, failed: [], skipped: [], requests: run.requests, fromCache: run.fromCache, cancelled: run.cancelled };
	// Offline, nothing is written: the next run, with the network back, does it all.
	if (run.offline) return { ...report, offline: run.offline };
	const takenNames = new Set(scan.files.filter((f) => f.toLowerCase().endsWith('.md')).map((f) => basenameOf(f).toLowerCase()));
	const moves: (Move & { fields: string[]; source: string })[] = [];
	let mentions: MentionContext | undefined;
	for (const n of notes) {
		const r: Lookup | undefined = run.results.get(n.key);
		if (!r) continue;
		if (!r.ok) {
			report.failed.push({ path: n.path, url: redactUrl(String(n.properties.url)), reason: r.reason });
			continue;
		}
		const plan = planNote(n, r.meta, takenNames);
		// A fetch that adds an abstract suggests the concepts and topics it names (see mentions.ts).
		mentions ??= plan.about ? mentionContext(scan.notes, scan.files) : undefined;
		const line = plan.about && mentions ? abstractMentionsLine(mentions, n, plan.about) : undefined;
		if (line) plan.fields.push('mentions');
		if (plan.renameSkipped) report.skipped.push({ path: n.path, reason: plan.renameSkipped });
		if (!plan.fields.length) {
			report.unchanged++;
			continue;
		}
		try {
			if (!options.dryRun) {
				if (Object.keys(plan.add).length || plan.alias) await vault.addProperties(n.path, plan.add, plan.alias);
				const about = plan.about;
				if (about) await vault.process(n.path, (t) => aboutAndMentions(t, about, line));
			}
			if (plan.rename) moves.push({ from: n.path, to: plan.rename, fields: plan.fields, source: r.source });
			else report.filled.push({ path: n.path, fields: plan.fields, source: r.source });
		} catch (e) {
			report.failed.push({ path: n.path, url: redactUrl(String(n.properties.url)), reason: `could not be written: ${(e as Error).message}` });
		}
	}
	if (moves.length) {
		try {
			if (!options.dryRun) await vault.renameNotes(moves.map(({ from, to }) => ({ from, to })));
			for (const m of moves) report.filled.push({ path: m.to, fields: m.fields, renamedFrom: m.from, source: m.source });
		} catch (e) {
			for (const m of moves) report.failed.push({ path: m.from, url: '', reason: `could not be renamed: ${(e as Error).message}` });
		}
	}
	return report;
}

/** The text with the abstract in its About callout and, if the abstract names any, the "Mentions:" line. */
function aboutAndMentions(text: string, about: string, line: string | undefined): string {
	const next = withAbout(text, about) ?? text;
	return line ? (withMentions(next, line) ?? next) : next;
}

/** The generated callout's text: where a DOI in a citation line would be. */
function calloutText(text: string): string {
	const m = /^> \[!quote\][^\n]*\n((?:>[^\n]*\n?)*)/m.exec(text);
	return m?.[1] ?? '';
}
