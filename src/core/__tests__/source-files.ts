/**
 * The source files of a folder, for the tests that read the code itself
 * (architecture, layers, one definition): every `.ts` file but tests,
 * end-to-end tests, declarations and `__tests__` folders.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = join(dir, e.name);
		if (e.isDirectory()) return e.name === '__tests__' ? [] : sourceFiles(full);
		return e.name.endsWith('.ts') && !/\.(?:test|e2e)\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
	});
}
