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

/** The 1-based line of the byte at `offset`. */
function lineAt(buf: Buffer, offset: number): number {
	let line = 1;
	for (let i = buf.indexOf(10); i !== -1 && i < offset; i = buf.indexOf(10, i + 1)) line++;
	return line;
}

/** The 1-based line of the first byte that is not UTF-8 (a newline byte is never part of a UTF-8 sequence, so lines decode alone). */
export function firstNonUtf8Line(buf: Buffer): number {
	let line = 1;
	for (let start = 0; start <= buf.length; line++) {
		const end = buf.indexOf(10, start) === -1 ? buf.length : buf.indexOf(10, start);
		try {
			utf8.decode(buf.subarray(start, end));
		} catch {
			return line;
		}
		start = end + 1;
	}
	return 1;
}

/** The line a binary file gives away first: its first NUL byte's, else the first. */
export function binaryLine(buf: Buffer): number {
	const nul = buf.indexOf(0);
	return nul === -1 ? 1 : lineAt(buf, nul);
}

/** A diagnostic as the CLI prints it: `error: lists/ml.md:12: message` (no line when the whole file is meant). */
export function formatDiagnostic(d: Diagnostic): string {
	return `${d.severity}: ${d.file}${d.line > 0 ? `:${d.line}` : ''}: ${d.message}`;
}

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
		return { diagnostic: { file, line: binaryLine(buf), severity: 'error', message: 'File is binary, not a text list; skipped.' } };
	}
	try {
		return { text: utf8.decode(buf) };
	} catch {
		return {
			text: cp1252.decode(buf),
			diagnostic: { file, line: firstNonUtf8Line(buf), severity: 'warning', message: 'File is not valid UTF-8; read it as Windows-1252.' },
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

const WHY: Record<string, string> = {
	ENOENT: 'no such file',
	EISDIR: 'it is a folder',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOTDIR: 'part of the path is a file, not a folder',
	ENOSPC: 'the disk is full',
	EROFS: 'the file system is read-only',
};

/** Why a file could not be read or written, in words. */
export function whyUnreadable(e: unknown): string {
	const code = (e as { code?: string }).code;
	return (code && WHY[code]) ?? (e as Error).message;
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
			diagnostics.push({ file, line: 0, severity: 'error', message: `Cannot read file: ${whyUnreadable(e)}.` });
			continue;
		}
		const { text, diagnostic } = decodeList(file, buf);
		if (diagnostic) diagnostics.push(diagnostic);
		// The list is the file itself, however its path was typed: its resolved, real path.
		if (text !== undefined) sources.push({ file, text, key: realPath(file) });
	}
	return { sources, diagnostics };
}
