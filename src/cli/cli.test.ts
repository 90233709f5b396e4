import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './__tests__/temp-dirs';
import type { CatalogJson } from '../core';
import { run } from './main';


const SEEDS = join(__dirname, '../../seeds');
/** A list with a contents link, a profile, a sponsor link and a commented-out paper beside its one reading. */
function awesomeList(): string {
	const f = join(tempDir('syllabus-'), 'awesome.md');
	const text = '# Awesome\n\n- [Papers](#papers)\n\n## Papers\n\n- [Flash Attention](https://arxiv.org/abs/2205.14135)\n- [Andrej Karpathy](https://x.com/karpathy)\n- [Sponsor us](https://patreon.com/someone)\n\n<!--\n- [Old](https://arxiv.org/abs/1706.03762)\n-->\n';
	writeFileSync(f, text);
	return f;
}

const seedFiles = ['000_2b7d31b80b4016fc.txt', '001_c9da5a9524245a2d.txt', '002_b4185ab2ae5688b7.txt', '003_8a67585da99fbcea.txt', '004_5b424d46e803c8ce.txt'].map((f) => join(SEEDS, f));

describe('syllabus parse', async () => {
	it('prints the documented JSON object for the seeds', async () => {
		const res = await run(['parse', ...seedFiles, '--json']);
		expect(res.code).toBe(0);
		const json = JSON.parse(res.stdout) as CatalogJson;
		expect(Object.keys(json)).toEqual(['lists', 'resources', 'concepts', 'topics', 'diagnostics']);
		expect(json.lists.map((l) => l.title)).toEqual(['000_2b7d31b80b4016fc', '001_c9da5a9524245a2d', '002_b4185ab2ae5688b7', 'Reading List', 'Future blogs to write']);
		for (const l of json.lists) expect(Object.keys(l)).toEqual(['file', 'title', 'resources', 'concepts', 'report']);
		expect(Object.keys(json.lists[0]!.report)).toEqual(['readings', 'related', 'leftOut', 'commentedOut', 'titles']);
		const fa = json.resources.find((r) => r.arxiv === '2205.14135')!;
		expect(fa).toMatchObject({ url: 'https://arxiv.org/abs/2205.14135', kind: 'paper', status: 'todo', topics: [['Attention', 'Flash Attention']] });
		expect(fa.sources).toEqual([{ file: seedFiles[0], line: 19 }]);
		expect(Object.keys(json.concepts[0]!)).toEqual(['id', 'title', 'status', 'topics', 'notes', 'sources']);
		expect(Object.keys(json.topics[0]!)).toEqual(['id', 'title', 'path', 'sources']);
		expect(json.diagnostics).toEqual([expect.objectContaining({ file: seedFiles[4], line: 37, severity: 'warning' })]);
	});

	it('prints a readable summary per list', async () => {
		const res = await run(['parse', seedFiles[3]!]);
		expect(res.code).toBe(0);
		expect(res.stdout).toContain('Reading List');
		expect(res.stdout).toMatch(/resources: 28 — \d+ article/);
		expect(res.stdout).toContain('All lists: 28 resources');
	});

	it("prints each list's report: readings, what was left out and why, commented-out links, where titles came from", async () => {
		const f = awesomeList();
		const text = (await run(['parse', f])).stdout;
		expect(text).toContain('  topics:    1\n  readings: 1, related links: 0\n');
		expect(text).toContain('  left out 3: 1 profile, 1 sponsor link, 1 contents link (lines 3, 8–9)\n');
		expect(text).toContain('  commented out: 1 link (line 12)\n');
		expect(text).toContain('  titles: 1 from the list, 0 from headings\n');
		const json = JSON.parse((await run(['parse', f, '--json'])).stdout) as CatalogJson;
		expect(json.lists[0]!.report).toEqual({
			readings: 1,
			related: 0,
			leftOut: [
				{ url: '#papers', label: 'Papers', kind: 'contents', line: 3 },
				{ url: 'https://x.com/karpathy', label: 'Andrej Karpathy', kind: 'profile', line: 8 },
				{ url: 'https://patreon.com/someone', label: 'Sponsor us', kind: 'sponsor', line: 9 },
			],
			commentedOut: [{ url: 'https://arxiv.org/abs/1706.03762', line: 12 }],
			titles: { list: 1, heading: 0, address: 0 },
		});
	});

	it('keeps every left-out link that has an address as a reading with --keep-all', async () => {
		const f = awesomeList();
		const kept = await run(['parse', f, '--keep-all', '--json']);
		expect(kept.code).toBe(0);
		const json = JSON.parse(kept.stdout) as CatalogJson;
		expect(json.resources.map((r) => r.url).sort()).toEqual(['https://arxiv.org/abs/2205.14135', 'https://patreon.com/someone', 'https://x.com/karpathy']);
		expect(json.lists[0]!.report.leftOut.map((l) => l.kind)).toEqual(['contents']);
		expect((await run(['parse', f, '--keep-all'])).stdout).toContain('  readings: 3, related links: 0\n  left out 1: 1 contents link (line 3)\n');
	});

	it('reports unreadable and binary files, still parses the others, and exits non-zero', async () => {
		const dir = tempDir('syllabus-');
		const bin = join(dir, 'image.png');
		writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
		const res = await run(['parse', join(dir, 'missing.md'), bin, seedFiles[2]!, '--json']);
		expect(res.code).toBe(1);
		const json = JSON.parse(res.stdout) as CatalogJson;
		expect(json.lists).toHaveLength(1);
		expect(json.resources.length).toBe(18);
		expect(json.diagnostics.slice(0, 2)).toEqual([
			{ file: join(dir, 'missing.md'), line: 0, severity: 'error', message: 'Cannot read file: no such file.' },
			{ file: bin, line: 1, severity: 'error', message: 'File is binary, not a text list; skipped.' },
		]);
	});

	it('reads a Windows-1252 file and says so', async () => {
		const dir = tempDir('syllabus-');
		const f = join(dir, 'old.md');
		writeFileSync(f, Buffer.from('# Old\n\n- [Caf\xe9 notes](https://example.org/cafe)\n', 'latin1'));
		const json = JSON.parse((await run(['parse', f, '--json'])).stdout) as CatalogJson;
		expect(json.resources[0]!.title).toBe('Café notes');
		// The line of the first byte that is not UTF-8, so the reader can find it.
		expect(json.diagnostics).toEqual([{ file: f, line: 3, severity: 'warning', message: 'File is not valid UTF-8; read it as Windows-1252.' }]);
		expect((await run(['parse', f])).stdout).toContain(`  warning: ${f}:3: File is not valid UTF-8; read it as Windows-1252.\n`);
	});

	it('explains bad usage', async () => {
		expect((await run([])).code).toBe(2);
		expect((await run(['parse'])).stderr).toContain('name at least one list file');
		expect((await run(['parse', '--nope', 'x'])).code).toBe(2);
		expect((await run(['frobnicate'])).stderr).toContain('unknown command');
		expect((await run(['--help'])).stdout).toContain('parse <file>... [--json] [--keep-all]');
	});
});
