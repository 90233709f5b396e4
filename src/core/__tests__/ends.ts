/**
 * The contract every reader test holds a list to: each link of the list ends
 * somewhere the reader can see — a resource, a related link of one, a
 * diagnostic, a person credited, or the list's report of what was left out.
 */
import { canonicalize, type Catalog } from '../index';

/** A test of where a link ended, for one catalog. */
export function endsIn(c: Catalog): (url: string) => boolean {
	const keys = new Set<string>();
	const key = (u: string): string => canonicalize(u)?.key ?? u;
	for (const r of c.resources) for (const u of [r.url, ...r.links]) keys.add(key(u));
	for (const l of c.lists) for (const o of l.report.leftOut) keys.add(key(o.url));
	const credited = new Set(c.resources.flatMap((r) => r.recommendedBy ?? []));
	return (url) => keys.has(key(url)) || c.diagnostics.some((d) => d.message.includes(url)) || credited.has(canonicalize(url)?.host ?? url);
}
