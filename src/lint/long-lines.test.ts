import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { compare, explain, LIMIT, longLinesOf, MAX_LEN_OPTIONS, measure, recordOf } from './long-lines';
import record from './long-lines.json';

const WRITE = 'npm run -s long-lines -- --write';

describe('the long-line ratchet', () => {
	it('counts a code line over 120 columns, tabs as four, and lets strings, regular expressions and URLs run on', () => {
		const code = (width: number): string => `const a = [${'1,'.repeat((width - 'const a = [];'.length) / 2)}];`;
		expect(code(121).length).toBe(121);
		const text = [
			code(119),
			code(121),
			`\t${code(117)}`,
			`const s = '${'x'.repeat(150)}';`,
			`const r = /${'x'.repeat(150)}/;`,
			`// see https://example.com/${'x'.repeat(150)}`,
		].join('\n');
		expect(longLinesOf(text).map((l) => l.line)).toEqual([2, 3]);
	});

	it('names the lines a record does not list, and counts the listed lines that are gone', () => {
		const before = `const a = 1;\nconst b = [${'1, '.repeat(50)}];\n`;
		const old = recordOf(new Map([['src/x.ts', longLinesOf(before)]]));
		// Moved down a line, the long line is still the recorded one.
		expect(compare(old, new Map([['src/x.ts', longLinesOf(`\n${before}`)]]))).toEqual([]);
		// Touched and still long: new to the record.
		const touched = longLinesOf(before.replace('const b', 'const c'));
		expect(compare(old, new Map([['src/x.ts', touched]]))).toEqual([{ file: 'src/x.ts', added: touched, gone: 1 }]);
		// Shortened: the record should come down.
		expect(compare(old, new Map())).toEqual([{ file: 'src/x.ts', added: [], gone: 1 }]);
		// A file the record does not know.
		expect(compare({}, new Map([['src/y.ts', touched]]))).toEqual([{ file: 'src/y.ts', added: touched, gone: 0 }]);
	});

	it('measures with the options max-len has in eslint.config.mjs for a source file, at 120 columns', async () => {
		const file = 'src/core/catalog/resolve.ts';
		const config = (await new ESLint().calculateConfigForFile(file)) as { rules: Record<string, unknown[]> };
		expect({ ...(config.rules['max-len']?.[1] as object), code: LIMIT }).toEqual(MAX_LEN_OPTIONS);
	});

	it('finds no source line over 120 columns beyond the record, and every recorded one still there', { timeout: 120_000 }, () => {
		const diff = compare(record, measure(process.cwd())).map(explain);
		// New or touched lines are to be wrapped; shortened ones lower the record (it only goes down).
		const why = `lines over ${LIMIT} columns differ from src/lint/long-lines.json: wrap the new or touched ones; `
			+ `when there are fewer, or one must stay, \`${WRITE}\``;
		expect(diff, why).toEqual([]);
	});
});
