/**
 * Reads list files for the CLI. A file that cannot be read, or is binary,
 * becomes a diagnostic and the others are still read. Text that is not valid
 * UTF-8 is read as Windows-1252 (what old editors on Windows saved) and
 * reported.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic, ListSource } from '../core';

/** What reading some files produced. */
export interface ReadResult {
	sources: ListSource[];
	diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

function looksBinary(buf: Buffer): boolean {
	const n = Math.min(buf.length, 8192);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = buf[i]!;
		if (b === 0) return true;
		if (b < 9 || (b > 13 && b < 32)) control++;
	}
	return n > 0 && control / n > 0.1;
}

/** Decode one file's bytes, or say why it is not a list. */
export function decodeList(file: string, buf: Buffer): { text?: string; diagnostic?: Diagnostic } {
	if (looksBinary(buf)) {
		return { diagnostic: { file, line: 1, severity: 'error', message: 'File is binary, not a text list; skipped.' } };
	}
	try {
		return { text: utf8.decode(buf) };
	} catch {
		return {
			text: cp1252.decode(buf),
			diagnostic: { file, line: 1, severity: 'warning', message: 'File is not valid UTF-8; read it as Windows-1252.' },
		};
	}
}

function realPath(file: string): string {
	try {
		// `.native` gives the case the file system stores, so `Reading.md` and `reading.md` on macOS are one list.
		return realpathSync.native(file);
	} catch {
		return resolve(file);
	}
}

/** Read every file; problems become diagnostics. */
export function readLists(files: string[]): ReadResult {
	const sources: ListSource[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const file of files) {
		let buf: Buffer;
		try {
			buf = readFileSync(file);
		} catch (e) {
			const code = (e as { code?: string }).code;
			const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
			diagnostics.push({ file, line: 0, severity: 'error', message: `Cannot read file: ${why}.` });
			continue;
		}
		const { text, diagnostic } = decodeList(file, buf);
		if (diagnostic) diagnostics.push(diagnostic);
		// The list is the file itself, however its path was typed: its resolved, real path.
		if (text !== undefined) sources.push({ file, text, key: realPath(file) });
	}
	return { sources, diagnostics };
}
