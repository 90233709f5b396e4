/**
 * The catalog reads the parse layer's outline and words; the parse layer never
 * reaches up into the catalog, so a rule needed by both lives here, once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('parse layer', () => {
	it('imports nothing from the catalog', () => {
		const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
		expect(files.length).toBeGreaterThan(5);
		const upward = files.filter((f) => /from\s+['"]\.\.\/catalog\//.test(readFileSync(join(__dirname, f), 'utf8')));
		expect(upward).toEqual([]);
	});
});
