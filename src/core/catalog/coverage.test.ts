import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';

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
