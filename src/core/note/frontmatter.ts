/**
 * Reading and changing note properties as text, for the vaults that have no
 * `processFrontMatter` (the file system, memory). Written with the `yaml`
 * package's document API so that a change to one property leaves the others,
 * their order, quoting and comments as the reader wrote them; the body is
 * never touched.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify } from 'yaml';

/** A change to a note's properties that touches nothing else. */
export interface PropertyPatch {
	/** Properties to set to these values. */
	set: Record<string, string | number>;
	/** Values to append to list properties (a text value becomes a list). */
	add: Record<string, string[]>;
}
import { fastParse, fastStringify } from './fast-yaml';

/** Options that match how Obsidian writes properties: one line each, no folding. */
export const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0 } as const;

/** A note split into its front matter text (without fences) and body. */
export interface SplitNote {
	/** Undefined when the note has no front matter. */
	frontMatter?: string;
	body: string;
}

/** Split a note at its front matter fences. */
export function splitNote(text: string): SplitNote {
	// A scan over 10k notes calls this for each: plain index look-ups, no regex.
	const open = text.startsWith('---\n') ? 4 : text.startsWith('---\r\n') ? 5 : -1;
	if (open < 0) return { body: text };
	let at = open;
	for (;;) {
		const close = at === open && text.startsWith('---', open) ? open - 1 : text.indexOf('\n---', at - 1);
		if (close < 0) return { body: text };
		let end = close + 4;
		while (text[end] === ' ' || text[end] === '\t') end++;
		if (end === text.length || text[end] === '\n' || (text[end] === '\r' && text[end + 1] === '\n')) {
			const fm = text.slice(open, Math.max(open, close)).replace(/\r$/, '');
			const bodyStart = end === text.length ? end : text[end] === '\r' ? end + 2 : end + 1;
			return { frontMatter: fm, body: text.slice(bodyStart) };
		}
		at = close + 2;
	}
}

/** Parse a note's properties: an object, `{}` without front matter, or an error message. */
export function readProperties(text: string): { properties: Record<string, unknown> } | { error: string; raw: string } {
	const { frontMatter } = splitNote(text);
	if (frontMatter === undefined) return { properties: {} };
	const fast = fastParse(frontMatter);
	if (fast) return { properties: fast };
	const doc = parseDocument(frontMatter, { uniqueKeys: false });
	if (doc.errors.length) return { error: doc.errors[0]!.message.split('\n')[0]!, raw: frontMatter };
	const value: unknown = doc.toJS();
	if (value === null || value === undefined) return { properties: {} };
	if (typeof value !== 'object' || Array.isArray(value)) return { error: 'Front matter is not a set of properties.', raw: frontMatter };
	return { properties: value as Record<string, unknown> };
}

/** Compose a note from properties and a body. */
export function composeNote(properties: Record<string, unknown>, body: string): string {
	return `---\n${fastStringify(properties) ?? stringify(properties, YAML_OPTIONS)}---\n${body}`;
}

/**
 * A new note's text, and the properties `readProperties` reads back from it
 * when that is known without reading it: the fast writer's shapes read back
 * as written. A vault that records what it wrote (the CLI's scan cache) then
 * need not parse every note it has just made. A key an object inherits
 * (`constructor`) sends `fastParse` to the yaml package, so none is vouched for.
 */
export function composeNewNote(properties: Record<string, unknown>, body: string): { content: string; readBack?: Record<string, unknown> } {
	const fast = fastStringify(properties);
	if (fast === undefined) return { content: composeNote(properties, body) };
	const content = `---\n${fast}---\n${body}`;
	return Object.keys(properties).some((k) => k in Object.prototype) ? { content } : { content, readBack: properties };
}

/** A property value as text: scalars as written, anything else as JSON. */
export function scalarText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return value === undefined || value === null ? '' : JSON.stringify(value);
}

/** A property's values as text; a list of strings is handed back as it is, so the result is read, never changed. */
function asList(value: unknown): readonly string[] {
	if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? value : value.map(scalarText);
	if (value === undefined || value === null || value === '') return [];
	return [scalarText(value)];
}

/**
 * What of a patch would change the given properties, or undefined when
 * nothing would. `same` decides whether two list values name the same thing
 * (links compare by the note they point at, not by their spelling); a value
 * is the same as itself. A re-import asks this of every note and mostly finds
 * every value there already, so nothing is made for a note that needs no write.
 */
export function patchNeeded(properties: Record<string, unknown>, patch: PropertyPatch, same: (key: string, a: string, b: string) => boolean): PropertyPatch | undefined {
	let out: PropertyPatch | undefined;
	for (const k of Object.keys(patch.set)) {
		const v = patch.set[k]!;
		if (scalarText(properties[k]) !== String(v)) (out ??= { set: {}, add: {} }).set[k] = v;
	}
	for (const k of Object.keys(patch.add)) {
		const values = patch.add[k]!;
		if (!values.length) continue;
		const have = asList(properties[k]);
		let missing: string[] | undefined;
		for (let i = 0; i < values.length; i++) {
			const v = values[i]!;
			// Each value spelt as the note has it needs no `same` (link resolution); nor does one the patch gave before.
			if (have.includes(v) || have.some((h) => same(k, h, v)) || earlierSame(values, i, (p) => same(k, p, v))) continue;
			(missing ??= []).push(v);
		}
		if (missing) (out ??= { set: {}, add: {} }).add[k] = missing;
	}
	return out;
}

/** Whether any of the first `end` values passes `test`. */
function earlierSame(values: string[], end: number, test: (v: string) => boolean): boolean {
	for (let j = 0; j < end; j++) if (test(values[j]!)) return true;
	return false;
}

/** Names of the properties a patch changes, for reports. */
export function patchFields(patch: PropertyPatch): string[] {
	return [...Object.keys(patch.set), ...Object.keys(patch.add).filter((k) => patch.add[k]!.length)];
}

/** Apply a patch to a plain properties object (what `processFrontMatter` hands over). */
export function applyPatchToObject(properties: Record<string, unknown>, patch: PropertyPatch): void {
	for (const [k, v] of Object.entries(patch.set)) properties[k] = v;
	for (const [k, values] of Object.entries(patch.add)) {
		if (!values.length) continue;
		properties[k] = [...asList(properties[k]), ...values];
	}
}

/**
 * Apply a patch to a note's text, changing only the patched properties.
 * Returns null if the front matter cannot be parsed (the note is left alone).
 */
export function applyPatchToText(text: string, patch: PropertyPatch): string | null {
	const { frontMatter, body } = splitNote(text);
	if (frontMatter === undefined) {
		const props: Record<string, unknown> = {};
		applyPatchToObject(props, patch);
		return composeNote(props, text);
	}
	const doc = parseDocument(frontMatter, { uniqueKeys: false });
	if (doc.errors.length) return null;
	if (doc.contents === null) doc.contents = doc.createNode({}) as never;
	if (!isMap(doc.contents)) return null;
	for (const [k, v] of Object.entries(patch.set)) doc.set(k, v);
	for (const [k, values] of Object.entries(patch.add)) {
		if (!values.length) continue;
		const node = doc.get(k, true);
		if (isSeq(node)) {
			for (const v of values) node.add(doc.createNode(v));
			// A flow list `[a, b]` would grow into one long line; Obsidian writes block lists.
			node.flow = false;
		} else {
			const old = isScalar(node) && node.value !== null && node.value !== '' ? [scalarText(node.value)] : [];
			doc.set(k, doc.createNode([...old, ...values]));
		}
	}
	const fm = doc.toString(YAML_OPTIONS);
	return `---\n${fm}---\n${body}`;
}
