import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { mentionsIn } from './coverage';

const rows = (n: number, row: (i: number) => string): string => Array.from({ length: n }, (_, i) => row(i)).join('\n');

describe('a list that yields far fewer resources than links', () => {
	it('is reported with the lines that were not understood', () => {
		// A summary is read as a section title: the link around its words ends nowhere.
		const text = `# Areas\n\n${rows(8, (i) => `<details><summary><a href="https://areas.example.org/${i}">Area ${i}</a></summary>\n\n- [P${i}](https://arxiv.org/abs/2401.0000${i})\n\n</details>`)}`;
		const c = buildCatalog([{ file: 'areas.md', text }]);
		expect(c.resources).toHaveLength(8);
		const d = c.diagnostics.find((x) => x.message.includes('not understood'));
		expect(d).toMatchObject({ file: 'areas.md', line: 3, severity: 'warning' });
		expect(d!.message).toContain('8 of the 16 links');
		expect(d!.message).toContain('lines 3, 8, 13, 18, 23, 28, 33, 38');
	});

	it('is silent when every link ended as a resource, a related link, an attribution or a reported problem', () => {
		const text = [
			rows(6, (i) => `- Paper ${i} [[arXiv](https://arxiv.org/abs/2401.1000${i})] [[code](https://github.com/a/p${i})]`),
			'**Tools** recommended by [Jing](https://jing.example.org/)',
			'- [Broken](javascript:alert(1)) [Bad](https://exa mple/x y)',
			'```',
			rows(6, (i) => `https://in-code.example.org/${i}`),
			'```',
			'![diagram](https://img.example.org/d.png)',
		].join('\n');
		const c = buildCatalog([{ file: 'ok.md', text }]);
		expect(c.diagnostics.filter((x) => x.message.includes('not understood'))).toEqual([]);
	});

	it('is silent on a few stray links', () => {
		const text = `${rows(10, (i) => `- [P${i}](https://arxiv.org/abs/2401.2000${i})`)}\n\n<details><summary><a href="https://areas.example.org/x">Area</a></summary>\n\n- [P](https://arxiv.org/abs/2401.30000)\n</details>`;
		expect(buildCatalog([{ file: 'few.md', text }]).diagnostics).toEqual([]);
	});
});

describe('links named in diagnostics', () => {
	it('are found as `includes` finds them, prefixes and all', () => {
		const url = fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'Http://'), fc.constantFrom('a.io', 'a.i', 'b.org', 'web.archive.org/web/https://a.io'), fc.constantFrom('', '/', '/1', '/10', '/x?y=1', '/x.', '/(a)')).map(([a, b, c]) => a + b + c);
		const piece = fc.oneof(url, fc.constantFrom(' ', '\n', '"', "'", '(', ')', '<', '>', '|', ']', 'Link ', ' read as ', '://', 'ttps://', 's://', 'x'));
		const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
		fc.assert(
			fc.property(text, fc.array(url, { minLength: 1, maxLength: 5 }), (t, us) => {
				const mentioned = mentionsIn(t);
				for (const u of [...us, ...(t.match(/https?:\/\/[^\s)\]>"'|<]+/gi) ?? [])]) expect(mentioned(u), `${JSON.stringify(t)} ${u}`).toBe(t.includes(u));
			}),
			{ numRuns: 3000 },
		);
	});

	it('are checked without scanning every diagnostic once per link', () => {
		// Every link sits in a topic column: each is named in a diagnostic, none is lost.
		const text = ['| Title | Topic | Link |', '| - | - | - |', rows(40_000, (i) => `| Paper ${i} | [t](https://t.io/${i}) | https://a.io/${i} |`)].join('\n');
		const c = buildCatalog([{ file: 't.md', text }]);
		expect(c.resources).toHaveLength(40_000);
		expect(c.diagnostics.filter((d) => d.message.includes('not understood'))).toEqual([]);
	});
});
