import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './__tests__/temp-dirs';
import type { CatalogJson } from '../core';
import { run } from './main';


const SEEDS = join(__dirname, '../../seeds');
const seedFiles = ['000_2b7d31b80b4016fc.txt', '001_c9da5a9524245a2d.txt', '002_b4185ab2ae5688b7.txt', '003_8a67585da99fbcea.txt', '004_5b424d46e803c8ce.txt'].map((f) => join(SEEDS, f));

describe('syllabus parse', async () => {
	it('prints the documented JSON object for the seeds', async () => {
		const res = await run(['parse', ...seedFiles, '--json']);
		expect(res.code).toBe(0);
		const json = JSON.parse(res.stdout) as CatalogJson;
		expect(Object.keys(json)).toEqual(['lists', 'resources', 'concepts', 'topics', 'diagnostics']);
		expect(json.lists.map((l) => l.title)).toEqual(['000_2b7d31b80b4016fc', '001_c9da5a9524245a2d', '002_b4185ab2ae5688b7', 'Reading List', 'Future blogs to write']);
		for (const l of json.lists) expect(Object.keys(l)).toEqual(['file', 'title', 'resources', 'concepts']);
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
		writeFileSync(f, Buffer.from('- [Caf\xe9 notes](https://example.org/cafe)\n', 'latin1'));
		const json = JSON.parse((await run(['parse', f, '--json'])).stdout) as CatalogJson;
		expect(json.resources[0]!.title).toBe('Café notes');
		expect(json.diagnostics[0]!.severity).toBe('warning');
	});

	it('explains bad usage', async () => {
		expect((await run([])).code).toBe(2);
		expect((await run(['parse'])).stderr).toContain('name at least one list file');
		expect((await run(['parse', '--nope', 'x'])).code).toBe(2);
		expect((await run(['frobnicate'])).stderr).toContain('unknown command');
		expect((await run(['--help'])).stdout).toContain('parse <file>... [--json]');
	});
});
