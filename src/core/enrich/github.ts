/**
 * GitHub repositories through the public REST API: one request per
 * repository, revalidated with its ETag (a 304 does not count against the
 * hourly limit). Over the limit GitHub answers 403 or 429 with
 * `x-ratelimit-remaining: 0` and a reset time, or `retry-after`.
 */
import { headerOf } from '../net/guard';
import type { Metadata } from './types';

/** The API URL of a repository. */
export function githubUrl(base: string, repo: string): string {
	const [owner, name] = repo.split('/');
	return `${base}/repos/${encodeURIComponent(owner ?? '')}/${encodeURIComponent(name ?? '')}`;
}

/** When a limited answer says to try again (ms since the epoch), or undefined if it is not a limit. */
export function githubRetryAt(status: number, headers: Record<string, string>, now: number): number | undefined {
	if (status !== 403 && status !== 429) return undefined;
	const after = Number(headerOf(headers, 'retry-after'));
	if (after > 0) return now + after * 1000;
	if (headerOf(headers, 'x-ratelimit-remaining') === '0') {
		const reset = Number(headerOf(headers, 'x-ratelimit-reset'));
		return reset > 0 ? reset * 1000 : now + 60_000;
	}
	return status === 429 ? now + 60_000 : undefined;
}

interface Repo {
	full_name?: unknown;
	description?: unknown;
	stargazers_count?: unknown;
	language?: unknown;
	topics?: unknown;
	archived?: unknown;
	pushed_at?: unknown;
}

/** Read a repository record; undefined if it is not one. */
export function parseRepo(json: unknown): Metadata | undefined {
	const r = json as Repo | null;
	if (!r || typeof r.full_name !== 'string') return undefined;
	const description = typeof r.description === 'string' ? r.description.trim() : '';
	const topics = Array.isArray(r.topics) ? r.topics.filter((t): t is string => typeof t === 'string') : [];
	return {
		title: r.full_name,
		...(description ? { description, abstract: description } : {}),
		...(typeof r.stargazers_count === 'number' ? { stars: r.stargazers_count } : {}),
		...(typeof r.language === 'string' ? { language: r.language } : {}),
		...(topics.length ? { topics } : {}),
		...(typeof r.archived === 'boolean' ? { archived: r.archived } : {}),
		...(typeof r.pushed_at === 'string' ? { pushed: r.pushed_at.slice(0, 10) } : {}),
	};
}
