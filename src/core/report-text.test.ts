/**
 * A list's report in words: kinds counted and named (singular for one), the
 * most first; line numbers in runs; the parse lines, each left away when it
 * has nothing to say; the preview's groups, contents links only counted.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './index';
import { leftOutGroups, leftOutLine, leftOutWords, lineList, reportLines } from './report-text';
import type { ListReport } from './types';

const left = (kind: string, line: number, url = `https://example.com/${kind}/${line}`, label = ''): ListReport['leftOut'][number] => ({ url, label, kind, line });

function report(parts: Partial<ListReport> = {}): ListReport {
	return { readings: 0, related: 0, leftOut: [], commentedOut: [], titles: { list: 0, heading: 0, address: 0 }, ...parts };
}

describe('a list report in words', () => {
	it('counts left-out links by kind, the most first, in the singular for one', () => {
		const r = report({ leftOut: [left('profile', 9), left('badge', 1), left('contents', 4, '#a'), left('badge', 2), left('contents', 5, '#b'), left('contents', 6, '#c'), left('own repository', 12)] });
		expect(leftOutWords(r)).toBe("3 contents links, 2 badges, 1 profile, 1 link to the list's own repository");
		expect(leftOutLine('Awesome LLM', r)).toBe("Left out of Awesome LLM: 7 links (3 contents links, 2 badges, 1 profile, 1 link to the list's own repository)");
		expect(leftOutLine('Awesome LLM', report())).toBeUndefined();
	});

	it('names lines in runs, and stops after six', () => {
		expect(lineList([3])).toBe('line 3');
		expect(lineList([12, 3, 5, 13, 14, 3])).toBe('lines 3, 5, 12–14');
		expect(lineList([40, 41, 42, 43])).toBe('lines 40–43');
		expect(lineList([1, 3, 5, 7, 9, 11, 13, 15])).toBe('lines 1, 3, 5, 7, 9, 11, …');
	});

	it('gives the lines syllabus parse prints, leaving out those with nothing to say', () => {
		expect(reportLines(report({ readings: 3, related: 1, titles: { list: 3, heading: 0, address: 0 } }))).toEqual(['readings: 3, related links: 1', 'titles: 3 from the list, 0 from headings']);
		const full = report({
			readings: 140,
			related: 212,
			leftOut: [left('badge', 3), left('badge', 5), left('contents', 12, '#x')],
			commentedOut: [{ url: 'https://a.io', line: 40 }, { url: 'https://b.io', line: 41 }],
			titles: { list: 120, heading: 8, address: 12 },
		});
		expect(reportLines(full)).toEqual([
			'readings: 140, related links: 212',
			'left out 3: 2 badges, 1 contents link (lines 3, 5, 12)',
			'commented out: 2 links (lines 40–41)',
			'titles: 120 from the list, 8 from headings, 12 named from their address: fetch metadata to name them',
		]);
	});

	it('groups left-out links by kind for the preview: one entry per address with every line, contents only counted', () => {
		const r = report({ leftOut: [left('badge', 1, 'https://ci.io/b.svg', 'CI'), left('profile', 2, 'https://x.com/a', 'A'), left('badge', 7, 'https://ci.io/b.svg', 'CI'), left('contents', 3, '#top', 'Top')] });
		expect(leftOutGroups(r)).toEqual({
			groups: [
				{ kind: 'badge', name: 'badges', links: [{ url: 'https://ci.io/b.svg', label: 'CI', lines: [1, 7] }] },
				{ kind: 'profile', name: 'profiles', links: [{ url: 'https://x.com/a', label: 'A', lines: [2] }] },
			],
			contents: 1,
		});
	});

	it('reads a real list: furniture, anchors and a commented-out link', () => {
		const text = '# Awesome\n\n- [Papers](#papers)\n\n## Papers\n\n- [Flash Attention](https://arxiv.org/abs/2205.14135)\n- [Andrej Karpathy](https://x.com/karpathy)\n- [Sponsor us](https://patreon.com/someone)\n\n<!--\n- [Old](https://arxiv.org/abs/1706.03762)\n-->\n';
		const lines = reportLines(buildCatalog([{ file: 'a.md', text }]).lists[0]!.report);
		expect(lines).toEqual(['readings: 1, related links: 0', 'left out 3: 1 profile, 1 sponsor link, 1 contents link (lines 3, 8–9)', 'commented out: 1 link (line 12)', 'titles: 1 from the list, 0 from headings']);
	});
});
