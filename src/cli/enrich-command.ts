/**
 * `syllabus enrich --vault <dir> [--only arxiv,github,…] [--refresh] [--dry-run] [--allow-local]`:
 * fetch titles, authors, years and abstracts for the vault's resource notes.
 * The cache is a file beside the vault. Each API's base URL can be replaced by
 * an environment variable, which counts as the reader's choice to reach that
 * address even when it is local (tests point them at 127.0.0.1).
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { WriteStream } from 'node:tty';
import { countOf, enrichVault, failureLines, NO_CONNECTION, parseCache, parseSources, serializeCache, DEFAULT_ENDPOINTS, type EnrichReport, type Endpoints, type EnrichProgress, type NetPolicy, type SourceName } from '../core';
import { folderProblem, vaultProblem } from './check-vault';
import { FsEnrichVault } from './fs-enrich-vault';
import { IMPORT_FLAGS, parseArgs } from './import-command';
import { nodeTransport, systemClock, userAgent } from './node-transport';
import type { CommandResult } from './usage';
import { TEMPLATE_OPTIONS } from './templates';
import { usageError, VERSION } from './usage';

const ENV_URLS: Record<keyof Endpoints, string> = { arxiv: 'SYLLABUS_ARXIV_URL', datacite: 'SYLLABUS_DATACITE_URL', doi: 'SYLLABUS_DOI_URL', github: 'SYLLABUS_GITHUB_URL', oembed: 'SYLLABUS_OEMBED_URL' };

/** What the environment configures: API bases, local access, token, contact, timeout. */
export function enrichEnvironment(env: Record<string, string | undefined>, allowLocalFlag: boolean): { endpoints: Endpoints; policy: NetPolicy; contact?: string } | { error: string } {
	const endpoints: Endpoints = { ...DEFAULT_ENDPOINTS };
	const trusted: string[] = [];
	for (const [key, name] of Object.entries(ENV_URLS) as [keyof Endpoints, string][]) {
		const v = env[name];
		if (!v) continue;
		let u: URL;
		try {
			u = new URL(v);
		} catch {
			return { error: `${name} is not a URL: ${v}` };
		}
		if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: `${name} must be an http(s) URL` };
		endpoints[key] = v.replace(/\/+$/, '');
		trusted.push(u.origin);
	}
	const token = env.SYLLABUS_GITHUB_TOKEN;
	const timeout = Number(env.SYLLABUS_TIMEOUT_MS);
	const policy: NetPolicy = {
		allowLocal: allowLocalFlag || env.SYLLABUS_ALLOW_LOCAL === '1' || env.SYLLABUS_ALLOW_LOCAL === 'true',
		trustedOrigins: trusted,
		secrets: token ? [{ origin: new URL(endpoints.github).origin, headers: { authorization: `Bearer ${token}` } }] : [],
		...(timeout > 0 ? { timeoutMs: timeout } : {}),
	};
	return { endpoints, policy, ...(env.SYLLABUS_CONTACT ? { contact: env.SYLLABUS_CONTACT } : {}) };
}

/** Where the cache lives: a file beside the vault folder, named after it. */
export function cachePath(vaultDir: string): string {
	const abs = resolve(vaultDir);
	return join(dirname(abs), `${basename(abs)}.syllabus-cache.json`);
}

/** The report as a person reads it. */
export function formatEnrichReport(r: EnrichReport, dryRun: boolean): string {
	const out: string[] = [];
	const renamed = r.filled.filter((f) => f.renamedFrom);
	out.push(`${dryRun ? 'Would fill' : 'Filled'} ${countOf(r.filled.length, 'note')} (${renamed.length} renamed); ${r.unchanged} already complete; ${r.failed.length} failed.`);
	out.push(`${countOf(r.requests, 'request')}, ${r.fromCache} from the cache.${r.cancelled ? ' Cancelled before the end.' : ''}`);
	for (const f of r.filled) out.push(f.renamedFrom ? `  renamed ${f.renamedFrom} → ${f.path} (${f.source}): ${f.fields.join(', ')}` : `  filled ${f.path} (${f.source}): ${f.fields.join(', ')}`);
	for (const s of r.skipped) out.push(`  kept ${s.path}: ${s.reason}`);
	// Grouped by reason, with the hosts and at most 20 examples each.
	if (r.failed.length) out.push('Not filled:', ...failureLines(r.failed, (f) => `${f.path}${f.url ? ` <${f.url}>` : ''}`, '  '));
	return `${out.join('\n')}\n`;
}

/** Run an enrichment of a vault folder with the given settings. */
export async function enrichFolder(
	vaultDir: string,
	opts: {
		sources?: SourceName[];
		refresh: boolean;
		dryRun: boolean;
		allowLocal: boolean;
		env: Record<string, string | undefined>;
		progress?: (p: EnrichProgress) => void;
		/** Only these notes (vault-relative paths): the ones an import just created. */
		paths?: string[];
	},
): Promise<CommandResult> {
	const conf = enrichEnvironment(opts.env, opts.allowLocal);
	if ('error' in conf) return { stdout: '', stderr: `syllabus enrich: ${conf.error}\n`, code: 2 };
	const file = cachePath(vaultDir);
	// The answers are cached beside the vault: both folders are checked before any request is made.
	const cacheIssue = opts.dryRun ? undefined : folderProblem(dirname(file));
	const issue = vaultProblem(vaultDir, { create: false, write: !opts.dryRun }) ?? (cacheIssue && `cannot keep the metadata cache ${file}: ${cacheIssue}`);
	if (issue) return { stdout: '', stderr: `syllabus enrich: ${issue}\n`, code: 1 };
	let text: string | null = null;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		text = null;
	}
	const cache = parseCache(text);
	const report = await enrichVault(new FsEnrichVault(vaultDir), cache, {
		transport: nodeTransport(userAgent(VERSION, conf.contact)),
		clock: systemClock,
		policy: conf.policy,
		endpoints: conf.endpoints,
		refresh: opts.refresh,
		dryRun: opts.dryRun,
		...(opts.sources ? { sources: opts.sources } : {}),
		...(opts.paths ? { paths: opts.paths } : {}),
		...(opts.progress ? { onProgress: opts.progress } : {}),
	});
	// Offline: one line, a failing exit code, and the cache file left exactly as it was.
	if (report.offline) return { stdout: '', stderr: `syllabus enrich: ${NO_CONNECTION}\n`, code: 1 };
	if (!opts.dryRun) {
		const tmp = `${file}.${process.pid}.tmp`;
		writeFileSync(tmp, serializeCache(cache), 'utf8');
		renameSync(tmp, file);
	}
	const writeFailed = report.failed.some((f) => f.reason.startsWith('could not be'));
	return { stdout: formatEnrichReport(report, opts.dryRun), stderr: '', code: writeFailed ? 1 : 0 };
}

/** A progress line on a terminal, rewritten in place: `12/140 · arXiv waiting 3 s`. */
export function terminalProgress(stream: WriteStream): ((p: EnrichProgress) => void) | undefined {
	if (!stream.isTTY) return undefined;
	return (p) => stream.write(`\r\x1b[K${p.done}/${p.total}${p.note ? ` · ${p.note}` : ''}${p.done === p.total ? '\n' : ''}`);
}

/** Run `enrich`. */
export async function runEnrich(args: string[], env: Record<string, string | undefined> = process.env): Promise<CommandResult> {
	const parsed = parseArgs(args, ['--vault', '--only'], ['--refresh', '--dry-run', '--allow-local']);
	if (parsed.error || parsed.files.length) return usageError('enrich', parsed.error ?? `takes no list files (got ${parsed.files[0]!})`);
	const vaultDir = parsed.values.get('--vault');
	if (!vaultDir) return usageError('enrich', 'name the vault with --vault <dir>');
	let sources: SourceName[] | undefined;
	const only = parsed.values.get('--only');
	if (only) {
		const s = parseSources(only);
		if ('unknown' in s) return usageError('enrich', `unknown source "${s.unknown}" (use arxiv, doi, github, youtube, web)`);
		sources = s.sources;
	}
	const progress = terminalProgress(process.stderr);
	return enrichFolder(vaultDir, { ...(sources ? { sources } : {}), refresh: parsed.flags.has('--refresh'), dryRun: parsed.flags.has('--dry-run'), allowLocal: parsed.flags.has('--allow-local'), env, ...(progress ? { progress } : {}) });
}

/** `import … --enrich`: the import is complete and reported first; enrichment cannot undo or fail it, and follows only an import that went through. */
export async function enrichAfterImport(
	imported: CommandResult & { created?: string[] },
	importArgs: string[],
	env: Record<string, string | undefined> = process.env,
): Promise<CommandResult> {
	// Every option import takes, so that none stops the reading before --vault.
	const parsed = parseArgs(importArgs.filter((a) => a !== '--enrich'), ['--vault', '--folder', ...Object.keys(TEMPLATE_OPTIONS)], IMPORT_FLAGS);
	const vaultDir = parsed.values.get('--vault');
	// An import that stopped or failed is fixed and run again first; enriching half of it would only muddle the report.
	if (imported.code !== 0 || !vaultDir || parsed.flags.has('--dry-run')) return imported;
	// Only the resource notes this import created: the rest of the vault is `syllabus enrich`'s.
	const paths = imported.created ?? [];
	if (!paths.length) return { ...imported, stdout: `${imported.stdout}\nMetadata: no new resource notes to fetch.\n` };
	const progress = terminalProgress(process.stderr);
	const options = { refresh: false, dryRun: false, allowLocal: false, env, paths };
	const enriched = await enrichFolder(vaultDir, { ...options, ...(progress ? { progress } : {}) });
	return { stdout: `${imported.stdout}\nMetadata:\n${enriched.stdout}`, stderr: imported.stderr + enriched.stderr, code: imported.code };
}
