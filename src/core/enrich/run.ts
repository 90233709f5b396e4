/**
 * A whole enrichment run over many resources: cached answers first, then
 * arXiv in batches, then every other source one request at a time, each host
 * paced and guarded. It reports progress, stops when cancelled, and returns
 * what it learned for each resource plus the updated cache.
 */
import { redactUrl, type NetPolicy } from '../net/guard';
import type { Clock, Transport } from '../net/types';
import { ARXIV_BATCH } from './arxiv';
import { type EnrichCache } from './cache';
import { Client } from './client';
import { lookupArxiv, lookupDoi, lookupGithub, lookupPage, lookupYoutube, type SourceContext } from './sources';
import { DEFAULT_ENDPOINTS, SOURCE_NAMES, type EnrichTarget, type Endpoints, type Lookup, type SourceName } from './types';

/** Progress as the notice and the terminal show it: `12/140 · arXiv waiting 3 s`. */
export interface EnrichProgress {
	done: number;
	total: number;
	/** What is happening now, if worth saying. */
	note?: string;
}

/** Everything a run needs from its host (plugin, CLI, test). */
export interface EnrichDeps {
	transport: Transport;
	clock: Clock;
	policy: NetPolicy;
	endpoints?: Partial<Endpoints>;
	/** Sources to ask; default all. */
	sources?: readonly SourceName[];
	/** Ask again even when the cache has an answer. */
	refresh?: boolean;
	onProgress?: (p: EnrichProgress) => void;
	/** Checked between requests; a cancelled run keeps what it learned. */
	cancelled?: () => boolean;
}

/** What a run learned. */
export interface EnrichRun {
	results: Map<string, Lookup>;
	/** Requests sent (zero when everything came from the cache). */
	requests: number;
	fromCache: number;
	cancelled: boolean;
	/**
	 * Set when the run's first requests (its probe) reached no host at all: no
	 * connection. The run stopped there and cached nothing for what it asked.
	 */
	offline?: string;
}

/** What the offline stop says, in the notice and on the command line. */
export const NO_CONNECTION = 'No connection: nothing was fetched.';

/** The host each target's first request goes to. */
function firstHost(t: EnrichTarget, endpoints: Endpoints): string {
	const bases = { arxiv: endpoints.arxiv, doi: endpoints.doi, github: endpoints.github, youtube: endpoints.oembed };
	const base = t.source === 'web' ? t.url : bases[t.source];
	try {
		return new URL(base).host;
	} catch {
		return base;
	}
}

/** Hosts that ask to be paced: arXiv's terms say one request every three seconds. */
function hostRules(endpoints: Endpoints): Record<string, { minGapMs: number }> {
	const host = (u: string): string => new URL(u).host;
	return { [host(endpoints.arxiv)]: { minGapMs: 3000 }, [host(endpoints.datacite)]: { minGapMs: 200 }, [host(endpoints.github)]: { minGapMs: 250 } };
}

const LABEL: Record<string, string> = { 'export.arxiv.org': 'arXiv', 'api.datacite.org': 'DataCite', 'api.github.com': 'GitHub' };

/** Look up every target, using and updating the cache. */
export async function enrichTargets(targets: EnrichTarget[], cache: EnrichCache, deps: EnrichDeps): Promise<EnrichRun> {
	const endpoints = { ...DEFAULT_ENDPOINTS, ...deps.endpoints };
	const allowed = new Set(deps.sources ?? SOURCE_NAMES);
	const unique = [...new Map(targets.filter((t) => allowed.has(t.source)).map((t) => [t.key, t])).values()];
	const results = new Map<string, Lookup>();
	let done = 0;
	let note: string | undefined;
	const progress = (): void => deps.onProgress?.({ done, total: unique.length, ...(note ? { note } : {}) });
	const client = new Client(deps.transport, deps.clock, deps.policy, hostRules(endpoints), (host, ms) => {
		note = `${LABEL[host] ?? host} waiting ${Math.ceil(ms / 1000)} s`;
		progress();
		note = undefined;
	});
	const etags = new Map<string, string>();
	const cached = new Map<string, NonNullable<EnrichCache['entries'][string]['meta']>>();
	const todo: EnrichTarget[] = [];
	let fromCache = 0;
	for (const t of unique) {
		const hit = cache.entries[t.key];
		if (hit?.etag) etags.set(t.key, hit.etag);
		if (hit?.meta) cached.set(t.key, hit.meta);
		if (hit && !deps.refresh) {
			results.set(t.key, hit.meta ? { ok: true, meta: hit.meta, source: hit.from ?? hit.source } : { ok: false, reason: hit.missing ?? 'not found', final: true });
			fromCache++;
			done++;
		} else todo.push(t);
	}
	progress();

	const ctx: SourceContext = { client, endpoints, now: () => deps.clock.now(), etags, cached };
	const remember = (t: EnrichTarget, r: Lookup): void => {
		results.set(t.key, r);
		done++;
		progress();
		const base = { source: t.source, url: redactUrl(t.url), fetched: new Date(deps.clock.now()).toISOString() };
		if (r.ok) cache.entries[t.key] = { ...base, meta: r.meta, from: r.source, ...(r.etag ? { etag: r.etag } : {}) };
		// A negative answer is remembered only when it came from a server, never from being offline.
		else if (r.final && client.answered > 0) cache.entries[t.key] = { ...base, missing: r.reason };
	};
	let cancelled = false;
	// The probe is the run's first request, not an extra one: until some host answers, every
	// lookup is watched, and once two hosts (or the only one) could not be reached, the run stops.
	const hosts = new Set(todo.map((t) => firstHost(t, endpoints)));
	let offline: string | undefined;
	const unreachable = (): boolean => {
		const failed = client.unreachable.size;
		if (offline || client.answered > 0 || !failed || failed < Math.min(2, hosts.size)) return !!offline;
		offline = `${NO_CONNECTION} (${[...client.unreachable.keys()].join(', ')}: no answer)`;
		return true;
	};
	const stop = (): boolean => unreachable() || (cancelled ||= deps.cancelled?.() ?? false);

	// Sorted, so the same papers make the same request (and a recorded answer matches it).
	const papers = todo.filter((t) => t.source === 'arxiv').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (let i = 0; i < papers.length && !stop(); i += ARXIV_BATCH) {
		const batch = papers.slice(i, i + ARXIV_BATCH);
		const answers = await lookupArxiv(ctx, batch.map((t) => t.id));
		for (const t of batch) remember(t, answers.get(t.id) ?? { ok: false, reason: 'no answer' });
	}
	for (const t of todo) {
		if (t.source === 'arxiv') continue;
		if (stop()) break;
		const r = t.source === 'doi' ? await lookupDoi(ctx, t.id) : t.source === 'github' ? await lookupGithub(ctx, t.id, t.key) : t.source === 'youtube' ? await lookupYoutube(ctx, t.id) : await lookupPage(ctx, t.id);
		remember(t, r);
	}
	unreachable();
	return { results, requests: client.requests, fromCache, cancelled, ...(offline ? { offline } : {}) };
}
