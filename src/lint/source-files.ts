/**
 * The source files of a folder: every `.ts` file but tests, browser tests and
 * `__tests__` folders, sorted — what lint's layout rules cover. The long-line
 * ratchet and the tests that read the code itself (the core's purity, the
 * layers, one definition of each rule) all walk the code through this.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	const visit = (at: string): void => {
		for (const e of readdirSync(at, { withFileTypes: true })) {
			const full = join(at, e.name);
			if (e.isDirectory()) {
				if (e.name !== '__tests__') visit(full);
			} else if (e.name.endsWith('.ts') && !/\.(?:test|e2e)\.ts$/.test(e.name)) out.push(full);
		}
	};
	visit(dir);
	return out.sort();
}
