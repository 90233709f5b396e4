/**
 * The vault commands over real files: import the seeds into a folder, import
 * again (zero writes, byte-identical), read progress back after the reader
 * changes a status, and the file-system vault's own guarantees.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './__tests__/temp-dirs';
import { buildCatalog, importCatalog, MemoryVault, type VaultProgress } from '../core';
import { FsVault } from './fs-vault';
import type { ImportJson } from './import-json';
import { run } from './main';


/** A list with a contents link, a profile, a sponsor link and a commented-out paper beside its one reading. */
const AWESOME = '# Awesome\n\n- [Papers](#papers)\n\n## Papers\n\n- [Flash Attention](https://arxiv.org/abs/2205.14135)\n- [Andrej Karpathy](https://x.com/karpathy)\n- [Sponsor us](https://patreon.com/someone)\n\n<!--\n- [Old](https://arxiv.org/abs/1706.03762)\n-->\n';
const SEEDS = join(__dirname, '../../seeds');
const seeds = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));

/** Every note and file of a vault, without its config folder (where the CLI keeps its scan cache). */
function snapshot(dir: string): Map<string, { text: string; mtime: number }> {
	const out = new Map<string, { text: string; mtime: number }>();
	const walk = (d: string): void => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, e.name);
			if (e.isDirectory()) {
				if (e.name !== '.obsidian') walk(full);
			}
			else out.set(relative(dir, full), { text: readFileSync(full, 'utf8'), mtime: statSync(full).mtimeMs });
		}
	};
	walk(dir);
	return out;
}

describe('syllabus import and stats', () => {
	it('imports the seeds, then a second import changes no file', async () => {
		const vault = tempDir('syllabus-vault-');
		const first = await run(['import', ...seeds, '--vault', vault]);
		expect(first.code).toBe(0);
		const made = /^Created (\d+) notes \(\d+ topics, 313 resources, \d+ concepts, 5 lists\) and the base Syllabus\/Syllabus\.base\.\n/.exec(first.stdout);
		expect(made).not.toBeNull();
		expect(first.stdout).toContain('warning: ');
		const before = snapshot(vault);
		expect([...before.keys()].some((p) => p.includes('.tmp'))).toBe(false);

		const cache = join(vault, '.obsidian/plugins/syllabus/scan-cache.json');
		const cacheTime = statSync(cache).mtimeMs;

		const second = await run(['import', ...seeds, '--vault', vault]);
		// Every note the first import made is one the second finds unchanged.
		expect(second.stdout).toMatch(new RegExp(`^Created 0 notes\\.\\nUpdated 0 notes; ${made![1]!} unchanged\\.\\n`));
		expect(snapshot(vault)).toEqual(before);
		// Not even the scan cache is written again when nothing changed.
		expect(statSync(cache).mtimeMs).toBe(cacheTime);
	});

	it('reports without writing on --dry-run', async () => {
		const vault = tempDir('syllabus-vault-');
		const res = await run(['import', seeds[0]!, '--vault', vault, '--folder', 'Study', '--dry-run']);
		expect(res.stdout).toMatch(/^Would create \d+ notes/);
		expect(readdirSync(vault)).toEqual([]);
	});

	it('reads progress from the notes, so edits made in Obsidian count', async () => {
		const vault = tempDir('syllabus-vault-');
		await run(['import', seeds[0]!, '--vault', vault]);
		const note = join(vault, 'Syllabus/Resources/word2vec.md');
		writeFileSync(note, readFileSync(note, 'utf8').replace('status: todo', 'status: done'));
		const res = await run(['stats', '--vault', vault, '--json']);
		const stats = JSON.parse(res.stdout) as VaultProgress;
		expect(stats.overall.done).toBe(1);
		// Lists are named as the study plan names them (the seed's file name without its hash).
		expect(stats.lists).toEqual([expect.objectContaining({ title: 'List 000', done: 1, total: stats.overall.total })]);
		expect(stats.topics.find((t) => t.title === 'Embeddings')).toMatchObject({ done: 1, total: 7, lists: 1 });
		// A list's row counts what the list files under it and its sub-topics; the topic note what is filed under its name.
		const row = (...trail: string[]) => stats.lists[0]!.rows.find((r) => r.trail.join(' › ') === trail.join(' › '))!;
		expect(row('Training Techniques', 'Fine-tuning').total).toBeGreaterThan(row('Training Techniques', 'Fine-tuning', 'PEFT').total);
		expect(stats.topics.find((t) => t.title === 'Fine-tuning')!.total).toBeLessThan(row('Training Techniques', 'Fine-tuning').total);
		const text = await run(['stats', '--vault', vault]);
		expect(text.stdout).toMatch(/^Overall: 1\/\d+ done/);
		// Under its list, and again among the topic notes with the lists it is in.
		expect(text.stdout).toMatch(/List 000\n(?:.*\n)*?.*#\.+ +1\/7 +14% {4}Embeddings\n/);
		expect(text.stdout).toMatch(/Topic notes.*\n(?:.*\n)*?.*#\.+ +1\/7 +14% {2}Embeddings \(in 1 list\)\n/);
	});

	it('counts each item of a list once, however often the list repeats it, as the study plan does', async () => {
		const vault = tempDir('syllabus-vault-');
		await run(['import', ...seeds, '--vault', vault]);
		const stats = JSON.parse((await run(['stats', '--vault', vault, '--json'])).stdout) as { lists: { path: string; total: number }[] };
		const catalog = buildCatalog(seeds.map((f) => ({ file: f, text: readFileSync(f, 'utf8') })));
		const distinct = catalog.lists.map((l) => {
			const skipped = new Set([...catalog.resources, ...catalog.concepts].filter((i) => i.status === 'skipped').map((i) => i.id));
			return [...l.resourceIds, ...l.conceptIds].filter((id) => !skipped.has(id)).length;
		});
		expect(stats.lists.map((l) => l.total).sort((a, b) => a - b)).toEqual(distinct.sort((a, b) => a - b));
	});

	it('knows a list by its real path: two README.md are two lists, two spellings of one path are one', async () => {
		const dir = tempDir('syllabus-lists-');
		const vault = join(dir, 'vault');
		for (const [folder, url] of [['papers', 'https://a.io/1'], ['courses', 'https://b.io/2']] as const) {
			mkdirSync(join(dir, folder));
			writeFileSync(join(dir, folder, 'README.md'), `- [Item from ${folder}](${url})\n`);
		}
		await run(['import', join(dir, 'papers/README.md'), '--vault', vault]);
		const other = await run(['import', join(dir, 'courses/README.md'), '--vault', vault]);
		expect(other.stdout).not.toMatch(/no longer in (?:its|their) list/);
		expect(readdirSync(join(vault, 'Syllabus/Lists')).sort()).toEqual(['README (list).md', 'README.md']);
		const again = await run(['import', join(dir, 'courses/../papers/README.md'), '--vault', vault]);
		expect(again.stdout).toMatch(/^Created 0 notes\.\nUpdated 0 notes;/);
	});

	it('moves a status forward from the list unless --keep-status, and says so', async () => {
		const dir = tempDir('syllabus-lists-');
		const vault = join(dir, 'vault');
		const file = join(dir, 'log.md');
		writeFileSync(file, '- [Flash Attention](https://arxiv.org/abs/2205.14135)\n');
		await run(['import', file, '--vault', vault]);
		writeFileSync(file, '- [x] [Flash Attention](https://arxiv.org/abs/2205.14135)\n');
		const kept = await run(['import', file, '--vault', vault, '--keep-status']);
		expect(kept.stdout).toMatch(/^Created 0 notes\.\nUpdated 0 notes;/);
		const moved = await run(['import', file, '--vault', vault]);
		expect(moved.stdout).toContain('1 note moved forward because a list marks it so:\n  Syllabus/Resources/Flash Attention.md: todo → done');
		expect(readFileSync(join(vault, 'Syllabus/Resources/Flash Attention.md'), 'utf8')).toMatch(/status: done\n[\s\S]*finished: \d{4}-\d{2}-\d{2}/);
	});

	it('removes temporary files an interrupted import left, and only ours', async () => {
		const vault = tempDir('syllabus-vault-');
		await run(['import', seeds[0]!, '--vault', vault]);
		const dir = join(vault, 'Syllabus/Resources');
		// A killed import leaves `.syllabus-<pid>-<n>.tmp`; a process id that no longer runs.
		const stale = ['.syllabus-999999991-1.tmp', '.syllabus-999999991-2.tmp'];
		const theirs = ['.syllabus-notes.tmp', 'syllabus-1-1.tmp', '.syllabus-1-1.tmp.md'];
		for (const f of [...stale, ...theirs]) writeFileSync(join(dir, f), 'half a note');
		const old = new Date(Date.now() - 60_000);
		for (const f of stale) utimesSync(join(dir, f), old, old);
		const dry = await run(['import', seeds[0]!, '--vault', vault, '--dry-run']);
		expect(dry.stdout).toMatch(/^Would remove 2 temporary files left by an interrupted import\./);
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(4);
		const res = await run(['import', seeds[0]!, '--vault', vault]);
		expect(res.stdout).toMatch(/^Removed 2 temporary files left by an interrupted import\./);
		expect(readdirSync(dir).filter((f) => f.includes('syllabus')).sort()).toEqual([...theirs].sort());
	});

	it('says per list what was left out of the readings, and imports it with --keep-all', async () => {
		const dir = tempDir('syllabus-lists-');
		const file = join(dir, 'awesome.md');
		writeFileSync(file, AWESOME);
		const plain = await run(['import', file, '--vault', join(dir, 'a'), '--dry-run']);
		expect(plain.stdout).toMatch(/^Would create 3 notes \(1 topic, 1 resource, 1 list\) and the base Syllabus\/Syllabus\.base\./);
		expect(plain.stdout).toContain('\nLeft out of Awesome: 3 links (1 profile, 1 sponsor link, 1 contents link); run with --keep-all to import all but the contents links.\n');
		const kept = await run(['import', file, '--vault', join(dir, 'b'), '--keep-all']);
		expect(kept.code).toBe(0);
		expect(readdirSync(join(dir, 'b/Syllabus/Resources')).sort()).toEqual(['Andrej Karpathy.md', 'Flash Attention.md', 'Sponsor us.md']);
		expect(kept.stdout).toContain('\nLeft out of Awesome: 1 link (1 contents link).\n');
		const none = await run(['import', seeds[3]!, '--vault', join(dir, 'c'), '--dry-run']);
		expect(none.stdout).not.toContain('Left out');
	});

	it('prints the report as one JSON object with --json: the same numbers as the text, and each list\'s report', async () => {
		const dir = tempDir('syllabus-lists-');
		const file = join(dir, 'awesome.md');
		writeFileSync(file, AWESOME);
		const text = await run(['import', file, '--vault', join(dir, 'v'), '--dry-run']);
		const res = await run(['import', file, '--vault', join(dir, 'v'), '--json']);
		expect(res.code).toBe(0);
		const json = JSON.parse(res.stdout) as ImportJson;
		expect(Object.keys(json)).toEqual(['dryRun', 'created', 'updated', 'unchanged', 'skipped', 'advanced', 'missing', 'listChanges', 'removedTemporary', 'finished', 'empty', 'templateProblems', 'lists', 'diagnostics']);
		expect(json.dryRun).toBe(false);
		expect(text.stdout).toMatch(new RegExp(`^Would create ${json.created.filter((c) => c.type !== 'base').length} notes \\(`));
		expect(json.created.find((c) => c.type === 'resource')).toEqual({ path: 'Syllabus/Resources/Flash Attention.md', type: 'resource', title: 'Flash Attention', kind: 'paper', topic: 'Papers' });
		expect(json.lists).toEqual([{ file, title: 'Awesome', report: expect.objectContaining({ readings: 1, commentedOut: [{ url: 'https://arxiv.org/abs/1706.03762', line: 12 }] }) as unknown }]);
		expect(json.lists[0]!.report.leftOut.map((l) => l.kind)).toEqual(['contents', 'profile', 'sponsor']);
		const again = JSON.parse((await run(['import', file, '--vault', join(dir, 'v'), '--json'])).stdout) as ImportJson;
		const againText = await run(['import', file, '--vault', join(dir, 'v'), '--dry-run']);
		expect(againText.stdout).toMatch(new RegExp(`^Would create ${again.created.length} notes\\.\\nWould update ${again.updated.length} notes?; ${again.unchanged} unchanged\\.`));
		expect(again.unchanged).toBeGreaterThan(0);
		expect((await run(['import', file, '--vault', join(dir, 'v'), '--json', '--enrich'])).code).toBe(2);
	});

	it('explains bad usage', async () => {
		expect((await run(['import', seeds[0]!])).stderr).toContain('--vault');
		expect((await run(['import', '--vault', '/tmp'])).stderr).toContain('at least one list');
		expect((await run(['stats'])).code).toBe(2);
	});
});

describe('FsVault', () => {
	it('writes the same vault as the memory vault', async () => {
		const catalog = buildCatalog(seeds.map((f) => ({ file: relative(join(SEEDS, '..'), f), text: readFileSync(f, 'utf8') })));
		const dir = tempDir('syllabus-fs-');
		const mem = new MemoryVault();
		const options = { folder: 'Syllabus', today: '2026-11-22' };
		const a = await importCatalog(new FsVault(dir), catalog, options);
		const b = await importCatalog(mem, catalog, options);
		expect(a).toEqual(b);
		const onDisk = new Map([...snapshot(dir)].map(([p, v]) => [p.split('\\').join('/'), v.text]));
		expect(onDisk).toEqual(new Map(mem.files));
	});

	it('refuses to overwrite on create, and never leaves a path outside the vault', async () => {
		const dir = tempDir('syllabus-fs-');
		mkdirSync(join(dir, 'a'));
		writeFileSync(join(dir, 'a/x.md'), 'mine');
		const v = new FsVault(dir);
		await expect(v.create('a/x.md', 'theirs')).rejects.toThrow('already exists');
		expect(readFileSync(join(dir, 'a/x.md'), 'utf8')).toBe('mine');
		await expect(v.create('../escape.md', 'x')).rejects.toThrow('leaves the vault');
		await expect(v.updateProperties('a/x.md', { set: { kind: 'paper' }, add: {} })).resolves.toBeUndefined();
		expect(readFileSync(join(dir, 'a/x.md'), 'utf8')).toBe('---\nkind: paper\n---\nmine');
		expect(readdirSync(join(dir, 'a'))).toEqual(['x.md']);
	});

	it('leaves a note with broken front matter whole when asked to patch it', async () => {
		const dir = tempDir('syllabus-fs-');
		writeFileSync(join(dir, 'b.md'), '---\na: [\n---\nbody');
		await expect(new FsVault(dir).updateProperties('b.md', { set: { kind: 'x' }, add: {} })).rejects.toThrow('not valid YAML');
		expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('---\na: [\n---\nbody');
	});
});
