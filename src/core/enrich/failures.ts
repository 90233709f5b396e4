/**
 * Failures grouped for the report: by reason (the host taken out of the
 * wording, so "could not reach a.com" and "could not reach b.com" are one
 * reason), with the hosts and their counts, and at most 20 examples each.
 * A thousand failures of one kind are a few lines, not a thousand.
 */

/** One failed note, as the report has it. */
export interface Failure {
	path: string;
	url: string;
	reason: string;
}

/** Failures that share a reason. */
export interface FailureGroup {
	/** The reason, with `<host>` where the host was. */
	reason: string;
	count: number;
	/** Hosts, most failures first, with their counts. */
	hosts: { host: string; count: number }[];
	/** The first few failures, in report order. */
	examples: Failure[];
}

/** Examples shown per reason. */
export const EXAMPLES_PER_REASON = 20;
/** Hosts named per reason; the rest are counted. */
export const HOSTS_PER_REASON = 5;

function hostOf(f: Failure): string {
	const named = /\b(?:from|reach|of|to) ((?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?)\b/i.exec(f.reason)?.[1];
	if (named) return named;
	try {
		return new URL(f.url).host || 'no host';
	} catch {
		return 'no host';
	}
}

/** Group failures by reason, largest group first. */
export function groupFailures(failed: readonly Failure[], examples = EXAMPLES_PER_REASON): FailureGroup[] {
	type Open = { reason: string; count: number; hosts: Map<string, number>; examples: Failure[] };
	const groups = new Map<string, Open>();
	for (const f of failed) {
		const host = hostOf(f);
		const reason = f.reason.split(host).join('<host>');
		let g = groups.get(reason);
		if (!g) groups.set(reason, (g = { reason, count: 0, hosts: new Map(), examples: [] }));
		g.count++;
		g.hosts.set(host, (g.hosts.get(host) ?? 0) + 1);
		if (g.examples.length < examples) g.examples.push(f);
	}
	return [...groups.values()]
		.sort((a, b) => b.count - a.count)
		.map((g) => {
			const hosts = [...g.hosts].map(([host, count]) => ({ host, count }));
			return { ...g, hosts: hosts.sort((a, b) => b.count - a.count) };
		});
}

/** "arxiv.org 600, example.com 400, and 3 more hosts (5)". */
export function hostsLine(g: FailureGroup, limit = HOSTS_PER_REASON): string {
	const shown = g.hosts.slice(0, limit).map((h) => `${h.host} ${h.count}`);
	const rest = g.hosts.slice(limit);
	const more = rest.length ? `, and ${rest.length} more host${rest.length === 1 ? '' : 's'} (${rest.reduce((n, h) => n + h.count, 0)})` : '';
	return `${shown.join(', ')}${more}`;
}

/** The lines of the "not filled" part, for a note (`link` makes a wikilink) or a terminal. */
export function failureLines(failed: readonly Failure[], show: (f: Failure) => string, indent = ''): string[] {
	const out: string[] = [];
	for (const g of groupFailures(failed)) {
		out.push(`${indent}${g.reason}: ${g.count} (${hostsLine(g)})`);
		for (const f of g.examples) out.push(`${indent}  - ${show(f)}`);
		if (g.count > g.examples.length) out.push(`${indent}  - and ${g.count - g.examples.length} more`);
	}
	return out;
}
