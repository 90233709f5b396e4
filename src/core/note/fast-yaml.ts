/**
 * Front matter in the shapes Syllabus writes — `key: scalar` and block lists
 * of scalars — read and written without the full YAML machinery, which costs
 * 88 µs to write and 177 µs to read per note (perf-anchors.md), 2.7 s for a
 * 10k-note vault. Anything outside those shapes returns undefined and the
 * caller uses the `yaml` package; tests hold both to the same output.
 */

const PLAIN = /^[\p{L}\p{N}_./(][\p{L}\p{N} _\-./()',&+?=%~@!*:]*$/u;
const SPECIAL = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;
const NUMBER_LIKE = /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$|^0x[\da-f]+$|^0o[0-7]+$|^[-+]?\.(?:inf|nan)$/i;

/** Which ASCII characters `PLAIN` takes first (1) and after the first (2), by code: asked of `PLAIN` itself. */
const ASCII_PLAIN = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
	const ch = String.fromCharCode(c);
	ASCII_PLAIN[c] = (PLAIN.test(ch) ? 1 : 0) | (PLAIN.test(`a${ch}`) ? 2 : 0);
}

/** `PLAIN.test(v)` for a non-empty string, by a table for ASCII (a new note writes a dozen values): the Unicode pattern only for the rest. */
function isPlain(v: string): boolean {
	for (let i = 0; i < v.length; i++) {
		const c = v.charCodeAt(i);
		if (c >= 128) return PLAIN.test(v);
		if (!(ASCII_PLAIN[c]! & (i === 0 ? 1 : 2))) return false;
	}
	return true;
}

/** Whether a string could be one `NUMBER_LIKE` or `SPECIAL` match: each starts with a digit, a sign or a dot, or is a word of at most five letters. */
function mayLookLikeData(v: string): boolean {
	const c = v.charCodeAt(0);
	return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || v.length <= 5;
}

/** How `yaml.stringify` would write a string, or undefined if unsure. */
function scalar(v: string): string | undefined {
	if (v === '') return '""';
	if (mayLookLikeData(v) && (NUMBER_LIKE.test(v) || SPECIAL.test(v))) return JSON.stringify(v);
	if (isPlain(v) && !v.includes(': ') && !v.endsWith(':') && !v.includes(' #') && !v.endsWith(' ')) return v;
	// Links are the one quoted shape we write often: `"[[Topic]]"`.
	if (/^\[\[[^"\\\]\n]+\]\]$/.test(v)) return `"${v}"`;
	return undefined;
}

/** Write properties the way `yaml.stringify` with our options does, or undefined to fall back. */
export function fastStringify(props: Record<string, unknown>): string | undefined {
	// Keys, not entries: no pair is made per value of the 10k notes a first import writes.
	const keys = Object.keys(props);
	if (!keys.length) return undefined;
	// Pieces joined once: appending to a string makes a chain of pieces per note that is flattened again when written.
	const out: string[] = [];
	for (const k of keys) {
		const v = props[k];
		if (!/^[a-z][a-z0-9-]*$/.test(k)) return undefined;
		if (typeof v === 'string') {
			const s = scalar(v);
			if (s === undefined) return undefined;
			out.push(k, ': ', s, '\n');
		} else if (typeof v === 'number' && Number.isSafeInteger(v)) {
			// Whole numbers (`order`, `year`) are written as yaml writes them: digits.
			out.push(k, ': ', String(v), '\n');
		} else if (Array.isArray(v)) {
			if (!v.length) return undefined;
			out.push(k, ':\n');
			for (const item of v) {
				if (typeof item !== 'string') return undefined;
				const s = scalar(item);
				if (s === undefined) return undefined;
				out.push('  - ', s, '\n');
			}
		} else return undefined;
	}
	return out.join('');
}

function readScalar(raw: string): unknown {
	const v = raw.trim();
	if (v === '' || v === '~' || v === 'null') return null;
	if (v.startsWith('"')) {
		if (!v.endsWith('"') || v.length < 2) return undefined;
		try {
			return JSON.parse(v) as unknown;
		} catch {
			return undefined;
		}
	}
	if (v.startsWith("'")) {
		if (!v.endsWith("'") || v.length < 2) return undefined;
		const inner = v.slice(1, -1);
		return /(^|[^'])'($|[^'])/.test(inner) ? undefined : inner.replace(/''/g, "'");
	}
	// Flow collections, block scalars, anchors, tags and comments need the real parser.
	if (FLOW_START.includes(v[0]!) || v.includes(' #') || v.includes(': ')) return undefined;
	if (v === 'true') return true;
	if (v === 'false') return false;
	// Every number and number-like word starts with a digit, a sign or a dot; most values do not, and skip the tests.
	const c = v.charCodeAt(0);
	if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
		if (/^[-+]?\d+$/.test(v)) return Number(v);
		if (/^[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(v)) return Number(v);
		if (NUMBER_LIKE.test(v)) return undefined;
	}
	if (v.length <= 5 && SPECIAL.test(v)) return undefined;
	return v;
}

const FLOW_START = '[{|>&*!%@`';
const KEY = /^[A-Za-z_][\w-]*$/;

/** A `key: value` line's key and value text (undefined: nothing after the colon), or undefined if it is not one. */
function keyLine(line: string): { key: string; value: string | undefined } | undefined {
	const colon = line.indexOf(':');
	if (colon < 1) return undefined;
	const key = line.slice(0, colon);
	if (!KEY.test(key)) return undefined;
	if (colon === line.length - 1) return { key, value: undefined };
	if (line[colon + 1] !== ' ') return undefined;
	const value = line.slice(colon + 2);
	// What a `.` would not match: the value is not one line, and the real parser decides.
	if (/[\r\u2028\u2029]/.test(value)) return undefined;
	return { key, value };
}

/** Read front matter text in the shapes we write; undefined means "use the yaml package". */
export function fastParse(frontMatter: string): Record<string, unknown> | undefined {
	const out: Record<string, unknown> = {};
	let list: unknown[] | undefined;
	for (const line of frontMatter.split('\n')) {
		if (line === '' || line.trim() === '') continue;
		if (line.startsWith('  - ') || line.startsWith('- ')) {
			if (!list) return undefined;
			const v = readScalar(line.slice(line.indexOf('- ') + 2));
			if (v === undefined || v === null) return undefined;
			list.push(v);
			continue;
		}
		const kv = keyLine(line);
		if (!kv || kv.key in out) return undefined;
		if (kv.value === undefined || kv.value.trim() === '') {
			list = [];
			out[kv.key] = list;
			continue;
		}
		list = undefined;
		const v = readScalar(kv.value);
		if (v === undefined) return undefined;
		out[kv.key] = v;
	}
	// A key with nothing under it is null in YAML, not an empty list.
	for (const k of Object.keys(out)) {
		const v = out[k];
		if (Array.isArray(v) && !v.length) out[k] = null;
	}
	return out;
}
