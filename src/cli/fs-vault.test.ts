/**
 * How the CLI's vault makes a note: whole under a temporary name, then linked
 * to its own, so it appears whole or not at all and never replaces a file;
 * what a stopped import leaves (a second name of a note, an empty note made
 * by an older build) is cleared or finished by the next one.
 */
import { existsSync, linkSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, importCatalog } from '../core';
import { tempDir } from './__tests__/temp-dirs';
import { FsVault } from './fs-vault';
import { runImport } from './import-command';

const NOTE = '---\nstatus: todo\nsyllabus-id: r-test\n---\n\n## Notes\n';
const temporaryIn = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe("the CLI vault's new notes", () => {
	it('appear whole, with no temporary name left beside them', async () => {
		const root = tempDir('syllabus-fs-');
		const v = new FsVault(root);
		await v.create('Syllabus/Resources/A paper.md', NOTE);
		expect(readFileSync(join(root, 'Syllabus/Resources/A paper.md'), 'utf8')).toBe(NOTE);
		expect(statSync(join(root, 'Syllabus/Resources/A paper.md')).nlink).toBe(1);
		expect(temporaryIn(join(root, 'Syllabus/Resources'))).toEqual([]);
		expect(v.writes).toBe(1);
	});

	it("never replace a file of that name, and leave it as it was", async () => {
		const root = tempDir('syllabus-fs-');
		mkdirSync(join(root, 'Syllabus/Resources'), { recursive: true });
		writeFileSync(join(root, 'Syllabus/Resources/A paper.md'), 'Mine.\n');
		const v = new FsVault(root);
		await expect(v.create('Syllabus/Resources/A paper.md', NOTE)).rejects.toThrow('Syllabus/Resources/A paper.md already exists');
		expect(readFileSync(join(root, 'Syllabus/Resources/A paper.md'), 'utf8')).toBe('Mine.\n');
		expect(temporaryIn(join(root, 'Syllabus/Resources'))).toEqual([]);
	});

	it('leave the note whole when the next import clears the temporary name a stopped one left on it', async () => {
		const root = tempDir('syllabus-fs-');
		const v = new FsVault(root);
		await v.create('Syllabus/Resources/A paper.md', NOTE);
		// A process stopped between the link and the removal of its temporary name: two names, one note.
		const dir = join(root, 'Syllabus/Resources');
		const leftover = join(dir, '.syllabus-999999999-1.tmp');
		linkSync(join(dir, 'A paper.md'), leftover);
		utimesSync(leftover, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
		expect(await new FsVault(root).removeStaleTemporaryFiles(false)).toBe(1);
		expect(existsSync(leftover)).toBe(false);
		expect(readFileSync(join(dir, 'A paper.md'), 'utf8')).toBe(NOTE);
	});

	it('finish an empty note an older build left where the import puts that note, and name any other', async () => {
		const list = '# Group\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n- [FlashAttention](https://arxiv.org/abs/2205.14135)\n';
		const catalog = () => buildCatalog([{ file: 'group.md', text: list }]);
		const options = { folder: 'Syllabus', today: '2026-12-08' };
		const clean = tempDir('syllabus-fs-');
		await importCatalog(new FsVault(clean), catalog(), options);
		const root = tempDir('syllabus-fs-');
		mkdirSync(join(root, 'Syllabus/Resources'), { recursive: true });
		writeFileSync(join(root, 'Syllabus/Resources/FlashAttention.md'), '');
		writeFileSync(join(root, 'Syllabus/Resources/Untitled.md'), '');
		const v = new FsVault(root);
		const report = await importCatalog(v, catalog(), options);
		expect(report.finished).toEqual(['Syllabus/Resources/FlashAttention.md']);
		expect(report.empty).toEqual(['Syllabus/Resources/Untitled.md']);
		expect(readFileSync(join(root, 'Syllabus/Resources/FlashAttention.md'), 'utf8')).toBe(readFileSync(join(clean, 'Syllabus/Resources/FlashAttention.md'), 'utf8'));
		expect(readFileSync(join(root, 'Syllabus/Resources/Untitled.md'), 'utf8')).toBe('');
		expect(readdirSync(join(root, 'Syllabus/Resources')).sort()).toEqual(['Attention Is All You Need.md', 'FlashAttention.md', 'Untitled.md']);
	});

	it('are named in the import report, in words and in JSON', async () => {
		const work = tempDir('syllabus-fs-');
		const list = join(work, 'group.md');
		writeFileSync(list, '# Group\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n- [FlashAttention](https://arxiv.org/abs/2205.14135)\n');
		const vault = () => {
			const root = tempDir('syllabus-fs-');
			mkdirSync(join(root, 'Syllabus/Resources'), { recursive: true });
			writeFileSync(join(root, 'Syllabus/Resources/FlashAttention.md'), '');
			writeFileSync(join(root, 'Syllabus/Resources/Untitled.md'), '');
			return root;
		};
		const text = await runImport([list, '--vault', vault()]);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('Finished 1 note an interrupted import left empty (counted as created).');
		expect(text.stdout).toContain("1 empty note in the import's folder is left as it is: no note of these lists goes there.\n  empty Syllabus/Resources/Untitled.md\n");
		const json = JSON.parse((await runImport([list, '--vault', vault(), '--json'])).stdout) as { finished: string[]; empty: string[] };
		expect(json.finished).toEqual(['Syllabus/Resources/FlashAttention.md']);
		expect(json.empty).toEqual(['Syllabus/Resources/Untitled.md']);
	});
});
