/**
 * Temporary folders for CLI tests, removed when the test file ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
	for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder. */
export function tempDir(prefix: string): string {
	const d = mkdtempSync(join(tmpdir(), prefix));
	made.push(d);
	return d;
}
