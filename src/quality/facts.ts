/**
 * The facts a person wrote by reading one list of the corpus
 * (`corpus/facts/<name>.yaml`, format in `corpus/README.md`), and whether a
 * catalog of that list holds each one. Every check is one fact: an entry with
 * an address, a title and a topic is two. Pure: no files, no network.
 */
import { parse as parseYaml } from 'yaml';
import { canonicalize, type Catalog, type Resource } from '../core';
import { titleKey } from '../core/text/clean';

/** One check and whether it held, with what was found when it did not. */
export interface FactResult {
	fact: string;
	held: boolean;
	found?: string;
}

type Entry = Record<string, unknown>;

/** The entries of a facts file; throws with the reason on a file that is not one. */
export function readFacts(yamlText: string): Entry[] {
	const data: unknown = parseYaml(yamlText);
	if (!data || typeof data !== 'object' || !Array.isArray((data as { facts?: unknown }).facts)) throw new Error('a facts file needs a `facts:` list');
	return (data as { facts: unknown[] }).facts.map((f, k) => {
		if (!f || typeof f !== 'object') throw new Error(`fact ${k + 1} is not a mapping`);
		return f as Entry;
	});
}

/** A fact's address in canonical form; a relative one is read against the list's own address, as the reader reads it. */
function keyIn(base: string | undefined): (url: string) => string {
	return (url) => {
		let u = url;
		if (base && !/^[a-z][\w+.-]*:/i.test(u) && !u.startsWith('#')) {
			try {
				u = new URL(u, base).href;
			} catch {
				// Not an address even against the base: compared as written.
			}
		}
		return canonicalize(u)?.key ?? u;
	};
}
/** A fact's value as text: facts are strings and numbers (a YAML mapping in their place reads as empty). */
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
const spellings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : [str(v)]);
const same = (a: string, b: string): boolean => a.normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();
const quote = (s: string): string => JSON.stringify(s);

/** Check every fact of one list against its catalog; `base` is the list's own address. */
export function checkFacts(entries: Entry[], catalog: Catalog, base?: string): FactResult[] {
	const keyOf = keyIn(base);
	const byKey = new Map<string, Resource>();
	for (const r of catalog.resources) byKey.set(keyOf(r.url), r);
	const out: FactResult[] = [];
	const add = (fact: string, held: boolean, found?: string): void => {
		out.push(held || found === undefined ? { fact, held } : { fact, held, found });
	};
	for (const e of entries) {
		const url = typeof e.url === 'string' ? e.url : undefined;
		const r = url ? byKey.get(keyOf(url)) : undefined;
		const missing = url && !r ? `no note for ${url}` : undefined;
		if (e.title !== undefined) {
			const want = spellings(e.title);
			if (url) add(`title of ${url} is ${want.map(quote).join(' or ')}`, !!r && want.some((w) => same(w, r.title)), missing ?? quote(r!.title));
			// A reading without an address is a concept note: it holds a title-only fact as well.
			else add(`a reading titled ${want.map(quote).join(' or ')}`, [...catalog.resources, ...catalog.concepts].some((x) => want.some((w) => same(w, x.title))), 'none');
		}
		if (e.topic !== undefined && url) {
			const want = spellings(e.topic).map(titleKey);
			const leaves = r ? r.topics.map((p) => p[p.length - 1] ?? '') : [];
			add(`${url} filed under ${spellings(e.topic).map(quote).join(' or ')}`, leaves.some((l) => want.includes(titleKey(l))), missing ?? (r!.topics.map((p) => p.join(' › ')).join('; ') || 'no topic'));
		}
		if (e['related-of'] !== undefined && url) {
			const of = str(e['related-of']);
			const owner = byKey.get(keyOf(of));
			const held = !r && !!owner && owner.links.some((l) => keyOf(l) === keyOf(url));
			add(`${url} is a related link of ${of}`, held, r ? `a note of its own (${quote(r.title)})` : owner ? `related links: ${owner.links.join(', ') || 'none'}` : `no note for ${of}`);
		}
		if (e.venue !== undefined && url) add(`venue of ${url} says ${quote(str(e.venue))}`, !!r?.venue?.toLowerCase().includes(str(e.venue).toLowerCase()), missing ?? String(r!.venue ?? 'none'));
		if (e.year !== undefined && url) add(`year of ${url} is ${str(e.year)}`, r?.year === Number(e.year), missing ?? String(r!.year ?? 'none'));
		if (e.kind !== undefined && url) add(`kind of ${url} is ${str(e.kind)}`, r?.kind === e.kind, missing ?? r!.kind);
		if (e['not-note'] !== undefined) {
			const bad = byKey.get(keyOf(str(e['not-note'])));
			add(`${str(e['not-note'])} is not a note`, !bad, bad ? `a note titled ${quote(bad.title)}` : undefined);
		}
		if (e['not-topic'] !== undefined) {
			const k = titleKey(str(e['not-topic']));
			const bad = catalog.topics.find((t) => titleKey(t.title) === k);
			add(`no topic ${quote(str(e['not-topic']))}`, !bad, bad ? `topic at ${bad.path.join(' › ')}` : undefined);
		}
		if (e['not-concept'] !== undefined) {
			const k = titleKey(str(e['not-concept']));
			const bad = catalog.concepts.find((c) => titleKey(c.title) === k);
			add(`no concept ${quote(str(e['not-concept']))}`, !bad, bad ? `concept ${quote(bad.title)}` : undefined);
		}
		if (e.concept !== undefined) {
			const want = spellings(e.concept).map(titleKey);
			add(`a concept ${spellings(e.concept).map(quote).join(' or ')}`, catalog.concepts.some((c) => want.includes(titleKey(c.title))), 'none');
		}
		if (e.readings !== undefined) {
			const [min, max] = Array.isArray(e.readings) ? e.readings.map(Number) : [Number(e.readings), Number(e.readings)];
			const n = catalog.resources.length;
			add(`${String(min)}–${String(max)} readings`, n >= min! && n <= max!, `${n}`);
		}
	}
	return out;
}
