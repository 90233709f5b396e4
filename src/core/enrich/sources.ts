/**
 * One function per source: ask, read the answer with the parser for its type
 * only, and say what was learned or why not. arXiv is asked in batches and
 * falls back to DataCite when it limits, stalls or fails.
 */
import { headerOf } from '../net/guard';
import { arxivKey, arxivUrl, dataciteUrl, parseArxivFeed, parseDatacite } from './arxiv';
import { bodyJson, bodyText, statusMessage, type Answer, type Client } from './client';
import { CSL_ACCEPT, doiUrl, parseCsl } from './csl';
import { githubRetryAt, githubUrl, parseRepo } from './github';
import { decodeHtml, parseHtml } from './html';
import { oembedUrl, parseOembed } from './oembed';
import type { Endpoints, Lookup, Metadata } from './types';

/** What every source needs. */
export interface SourceContext {
	client: Client;
	endpoints: Endpoints;
	now: () => number;
	/** Sent as `If-None-Match` to GitHub, from the cache. */
	etags?: Map<string, string>;
	/** The cached answer a 304 confirms. */
	cached?: Map<string, Metadata>;
}

const fail = (reason: string, final = false): Lookup => ({ ok: false, reason, ...(final ? { final } : {}) });

function failed(a: Extract<Answer, { ok: false }>): Lookup {
	return fail(a.reason, false);
}

/** Look up one batch of arXiv ids; ids arXiv could not answer for go to DataCite. */
export async function lookupArxiv(ctx: SourceContext, ids: string[]): Promise<Map<string, Lookup>> {
	const out = new Map<string, Lookup>();
	const a = await ctx.client.get(arxivUrl(ctx.endpoints.arxiv, ids), { retries: 0, api: true });
	let why: string | undefined;
	if (!a.ok) why = a.reason;
	else {
		// Only the Atom parser reads arXiv's answers, and only when they say they are XML.
		const type = headerOf(a.headers, 'content-type') ?? '';
		const t = /html/i.test(type) ? { reason: `arXiv answered with ${type.split(';')[0]!.trim()}, not a feed` } : bodyText(a, 'arXiv');
		const feed = 'text' in t ? parseArxivFeed(t.text) : { ok: false as const, reason: t.reason };
		if (feed.ok && a.status === 200) {
			for (const id of ids) {
				const meta = feed.papers.get(arxivKey(id));
				if (meta) out.set(id, { ok: true, meta, source: 'arXiv' });
				// arXiv sometimes answers a whole batch with nothing: not a verdict on any id.
				else if (feed.papers.size === 0) out.set(id, fail('arXiv answered this batch with no papers; will try again next run'));
				else out.set(id, fail('arXiv has no paper with this id', true));
			}
			return out;
		}
		why = feed.ok ? statusMessage(a.status, a.url) : a.status !== 200 ? `${statusMessage(a.status, a.url)}: ${feed.reason.replace(/^arXiv: /, '')}` : feed.reason;
		if (ids.length === 1 && a.status === 400) {
			out.set(ids[0]!, fail(why, true));
			return out;
		}
	}
	for (const id of ids) {
		const d = await lookupDatacite(ctx, id);
		out.set(id, d.ok ? d : fail(`${why}; DataCite: ${d.reason}`));
	}
	return out;
}

async function lookupDatacite(ctx: SourceContext, id: string): Promise<Lookup> {
	const a = await ctx.client.get(dataciteUrl(ctx.endpoints.datacite, id), { headers: { accept: 'application/vnd.api+json' }, api: true });
	if (!a.ok) return failed(a);
	if (a.status !== 200) return fail(statusMessage(a.status, a.url));
	const j = bodyJson(a, 'DataCite');
	if ('reason' in j) return fail(j.reason);
	const meta = parseDatacite(j.json, id);
	return meta ? { ok: true, meta, source: 'DataCite' } : fail('DataCite has no title for this paper');
}

/** Look up a DOI through doi.org content negotiation. */
export async function lookupDoi(ctx: SourceContext, doi: string): Promise<Lookup> {
	const a = await ctx.client.get(doiUrl(ctx.endpoints.doi, doi), { headers: { accept: CSL_ACCEPT }, api: true });
	if (!a.ok) return failed(a);
	if (a.status === 404) return fail(`${statusMessage(404, a.url)}: no such DOI`, true);
	if (a.status !== 200) return fail(statusMessage(a.status, a.url));
	const j = bodyJson(a, 'doi.org');
	if ('reason' in j) return fail(j.reason);
	const meta = parseCsl(j.json);
	return meta ? { ok: true, meta: { doi: doi.toLowerCase(), ...meta }, source: 'doi.org' } : fail('doi.org has no title for this DOI');
}

/** Look up a GitHub repository, revalidating with the cached ETag. */
export async function lookupGithub(ctx: SourceContext, repo: string, key: string): Promise<Lookup> {
	const etag = ctx.etags?.get(key);
	const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', ...(etag ? { 'if-none-match': etag } : {}) };
	const a = await ctx.client.get(githubUrl(ctx.endpoints.github, repo), { headers, retries: 0, api: true });
	if (!a.ok) return githubLimit(ctx, a.status, a.reason) ?? failed(a);
	const cached = ctx.cached?.get(key);
	if (a.status === 304 && cached) return { ok: true, meta: cached, source: 'GitHub', ...(etag ? { etag } : {}) };
	if (a.status === 404) return fail(`${statusMessage(404, a.url)}: no such public repository`, true);
	const limit = githubRetryAt(a.status, a.headers, ctx.now());
	if (limit !== undefined) return githubLimit(ctx, a.status, statusMessage(a.status, a.url), limit)!;
	if (a.status !== 200) return fail(statusMessage(a.status, a.url));
	const j = bodyJson(a, 'GitHub');
	if ('reason' in j) return fail(j.reason);
	const meta = parseRepo(j.json);
	const tag = headerOf(a.headers, 'etag');
	return meta ? { ok: true, meta, source: 'GitHub', ...(tag ? { etag: tag } : {}) } : fail('GitHub answered with something that is not a repository');
}

/** GitHub's limit is used up: stop asking until its reset, and say when that is. */
function githubLimit(ctx: SourceContext, status: number | undefined, reason: string, until?: number): Lookup | undefined {
	if (status !== 403 && status !== 429) return undefined;
	const host = new URL(ctx.endpoints.github).host;
	const at = until ?? ctx.now() + 60_000;
	const when = new Date(at).toISOString().slice(11, 16);
	ctx.client.gate.breakNow(host, `GitHub's rate limit is used up until ${when} UTC (${reason}); a token in the settings raises it`);
	return fail(`${reason}: GitHub's rate limit is used up until ${when} UTC`);
}

/** Look up a YouTube video or playlist through oEmbed. */
export async function lookupYoutube(ctx: SourceContext, pageUrl: string): Promise<Lookup> {
	const a = await ctx.client.get(oembedUrl(ctx.endpoints.oembed, pageUrl), { api: true });
	if (!a.ok) return failed(a);
	if (a.status === 401 || a.status === 403 || a.status === 404) return fail(`${statusMessage(a.status, a.url)}: the video is private, removed or not embeddable`, true);
	if (a.status !== 200) return fail(statusMessage(a.status, a.url));
	const j = bodyJson(a, 'YouTube');
	if ('reason' in j) return fail(j.reason);
	const meta = parseOembed(j.json);
	return meta ? { ok: true, meta, source: 'YouTube' } : fail('YouTube answered without a title');
}

/** Read an ordinary page's title and citation tags. */
export async function lookupPage(ctx: SourceContext, pageUrl: string): Promise<Lookup> {
	const a = await ctx.client.get(pageUrl, { headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' } });
	// A refused address is not remembered: the reader may allow the local network later.
	if (!a.ok) return failed(a);
	if (a.status === 404 || a.status === 410) return fail(statusMessage(a.status, a.url), true);
	if (a.status !== 200) return fail(statusMessage(a.status, a.url));
	const type = headerOf(a.headers, 'content-type') ?? 'text/html';
	if (!/html/i.test(type)) return fail(`not a web page (${type.split(';')[0]!.trim()})`, true);
	const meta = parseHtml(decodeHtml(a.body, type));
	return meta ? { ok: true, meta, source: new URL(a.url).host } : fail('the page has no title of its own (a consent, sign-in or challenge page, or a bare site name)');
}
