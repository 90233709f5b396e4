/**
 * File names and paths that are safe on Windows, macOS, Linux, iOS and Android
 * and inside `[[links]]`, and a path normaliser with Obsidian's rules, so the
 * core builds the same paths the plugin's `normalizePath` would.
 */

/** Longest file name, in UTF-8 bytes, before `.md` (file systems allow 255). */
export const MAX_NAME_BYTES = 240;

/**
 * Windows device names. Windows reads only the part before the first dot (with
 * spaces before that dot ignored), so `nul.txt`, `con.tar.gz` and `COM1 .md`
 * open the device exactly as `nul` does.
 */
import { canonicalize } from '../url/canonical';
import { titleFromUrl } from '../url/kind';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=\s*(?:\.|$))/i;
const encoder = new TextEncoder();

/** Printable ASCII with no backslash, no doubled slash and no slash at either end: a path normalizePath leaves as it is. */
const PLAIN_PATH = /^(?!\/)(?!.*\/\/)(?!.*\/$)[\x20-\x5b\x5d-\x7e]+$/;

/** Obsidian's path rules: `/` separators, no doubled or edge slashes, NFC, plain spaces. */
export function normalizePath(path: string): string {
	// Most paths are printable ASCII already in shape (NFC changes no ASCII): every write asks this twice.
	if (PLAIN_PATH.test(path)) return path;
	let p = path.replace(/[\\/]+/g, '/').replace(/\u00a0|\u202f/g, ' ').replace(/^\/+|\/+$/g, '');
	p = p.normalize('NFC');
	return p === '' ? '/' : p;
}

/** True if a vault-relative path stays inside the vault. */
export function isInside(path: string): boolean {
	return !normalizePath(path).split('/').some((seg) => seg === '..' || seg === '.');
}

/** UTF-8 bytes of one character as `for…of` yields it (a lone surrogate is encoded as U+FFFD, 3 bytes). */
function utf8Bytes(ch: string): number {
	const c = ch.codePointAt(0)!;
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** The longest run of whole characters from the start of `s` that fits in `max` UTF-8 bytes, counted once per character. */
function bytePrefix(s: string, max: number): string {
	// A UTF-16 unit never takes more than 3 bytes of UTF-8: short names need no counting.
	if (s.length * 3 <= max) return s;
	let bytes = 0;
	let end = 0;
	for (const ch of s) {
		bytes += utf8Bytes(ch);
		if (bytes > max) break;
		end += ch.length;
	}
	return s.slice(0, end);
}

function capBytes(name: string, max: number): string {
	const out = bytePrefix(name, max);
	return out.length === name.length ? name : out.replace(/[\s.]+$/, '');
}

/**
 * `base` cut (at a character boundary, trailing spaces dropped) so that it and
 * `suffix` fit in a file name: the stem of `Name (kind)` and `Name (kind) 2`.
 */
export function fitBefore(base: string, suffix: string): string {
	return bytePrefix(base, MAX_NAME_BYTES - encoder.encode(suffix).length).trimEnd();
}

/** Whether a string holds a C0 or C1 control character, or DEL (each one UTF-16 unit). */
function hasControl(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
	}
	return false;
}

function withoutControls(s: string): string {
	// Titles almost never hold one: those without are not rebuilt a character at a time.
	if (!hasControl(s)) return s;
	let out = '';
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		out += c < 0x20 || (c >= 0x7f && c <= 0x9f) ? ' ' : ch;
	}
	return out;
}

/** Printable ASCII characters `nameByRules` removes or replaces, by code. */
const ASCII_UNSAFE = new Uint8Array(128);
for (const ch of '\\/:|*?"<>#^[]') ASCII_UNSAFE[ch.charCodeAt(0)] = 1;

/**
 * Whether `nameByRules` would give the title back as it is: printable ASCII
 * (NFC changes none of it) with no character it removes or replaces, no run
 * of spaces, no ` - -` run, no space, dot or dash at either end, not a
 * device name, and short enough. Most titles are, and skip five regex passes.
 */
function safeAsIs(title: string): boolean {
	const n = title.length;
	if (n === 0 || n > MAX_NAME_BYTES) return false;
	for (let i = 0; i < n; i++) {
		const c = title.charCodeAt(i);
		if (c < 0x20 || c > 0x7e || ASCII_UNSAFE[c] || (c === 0x20 && title.charCodeAt(i + 1) === 0x20)) return false;
	}
	const edge = ' .-';
	return !edge.includes(title[0]!) && !edge.includes(title[n - 1]!) && !title.includes(' - -') && !RESERVED.test(title);
}

/**
 * A title as a file name: separators become ` - `; characters no file system or
 * link allows (`* ? " < > # ^ [ ] |`, controls) go; no leading dots, no
 * trailing dots or spaces, no Windows device names; at most 240 bytes.
 */
export function safeFileName(title: string): string {
	return safeAsIs(title) ? title : nameByRules(title);
}

/** The rules `safeFileName` applies, for a title they may change (tests hold `safeFileName` to them). */
export function nameByRules(title: string): string {
	let n = withoutControls(title.normalize('NFC'))
		.replace(/\s*[\\/:|]\s*/g, ' - ')
		.replace(/[*?"<>#^[\]]/g, '')
		.replace(/\s+/g, ' ')
		.replace(/(?:\s-\s*){2,}/g, ' - ')
		.trim();
	n = n.replace(/^[\s.-]+/, '').replace(/[\s.-]+$/, '');
	// `nul_.txt` is an ordinary name; a suffix after the extension (`nul.txt _`) is not.
	n = capBytes(n.replace(RESERVED, '$1_'), MAX_NAME_BYTES);
	return n || 'Untitled';
}

/** The file name of a path without folders and extension. */
export function basenameOf(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * The `n`-th name (from 1) a note of this safe name may take when the ones
 * before it are taken: `Name`, `Name (paper)`, `Name (paper) 2`, each cut to
 * fit. `label` tells notes of one name apart: a kind, `concept`, `topic`, `list`.
 */
export function nthName(base: string, label: string, n: number): string {
	if (n === 1) return base;
	const suffix = n === 2 ? ` (${label})` : ` (${label}) ${n - 1}`;
	return `${fitBefore(base, suffix)}${suffix}`;
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True if a note's name is still one `nthName` made from the name derived from its URL (`arXiv - 2205.14135`). */
export function hasPlaceholderName(path: string, url: string): boolean {
	const c = canonicalize(url);
	if (!c) return false;
	const placeholder = safeFileName(titleFromUrl(c));
	return new RegExp(`^${escapeRe(placeholder)}(?: \\([a-z]+\\)(?: \\d+)?)?$`, 'i').test(basenameOf(path));
}
