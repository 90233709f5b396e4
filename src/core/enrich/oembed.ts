/**
 * YouTube videos and playlists through oEmbed only: title and channel. A
 * private or unembeddable video answers 401/403, sometimes a bare "Forbidden"
 * with 200, so anything that is not a JSON object with a title is a failure.
 */
import type { Metadata } from './types';

/** The oEmbed URL for a YouTube page. */
export function oembedUrl(base: string, pageUrl: string): string {
	return `${base}?url=${encodeURIComponent(pageUrl)}&format=json`;
}

/** Read an oEmbed answer; undefined if it has no title. */
export function parseOembed(json: unknown): Metadata | undefined {
	const o = json as { title?: unknown; author_name?: unknown } | null;
	if (!o || typeof o.title !== 'string' || !o.title.trim()) return undefined;
	return { title: o.title.trim(), ...(typeof o.author_name === 'string' && o.author_name.trim() ? { channel: o.author_name.trim() } : {}) };
}
