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

function capBytes(name: string, max: number): string {
	// A UTF-16 unit never takes more than 3 bytes of UTF-8: short names need no counting.
	if (name.length * 3 <= max || encoder.encode(name).length <= max) return name;
	let out = '';
	let bytes = 0;
	for (const ch of name) {
		const n = encoder.encode(ch).length;
		if (bytes + n > max) break;
		out += ch;
		bytes += n;
	}
	return out.replace(/[\s.]+$/, '');
}

function withoutControls(s: string): string {
	let out = '';
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		out += c < 0x20 || (c >= 0x7f && c <= 0x9f) ? ' ' : ch;
	}
	return out;
}

/**
 * A title as a file name: separators become ` - `; characters no file system or
 * link allows (`* ? " < > # ^ [ ] |`, controls) go; no leading dots, no
 * trailing dots or spaces, no Windows device names; at most 240 bytes.
 */
export function safeFileName(title: string): string {
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
