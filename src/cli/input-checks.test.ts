/**
 * Inputs are checked before anything is written: the lists, the templates and
 * the vault folder. A mistyped path is an error naming it (exit 1), never an
 * empty report or a vault skeleton nobody asked for.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './__tests__/temp-dirs';
import { run } from './main';

const LIST = '# Serving\n\n- [Flash Attention](https://arxiv.org/abs/2205.14135)\n';

/** A folder holding one readable list, `list.md`. */
function withList(): { dir: string; list: string } {
	const dir = tempDir('syllabus-inputs-');
	const list = join(dir, 'list.md');
	writeFileSync(list, LIST);
	return { dir, list };
}

describe('import checks its inputs before writing', () => {
	it('writes nothing when a list cannot be read, and names the file', async () => {
		const { dir, list } = withList();
		const vault = join(dir, 'new');
		const missing = join(dir, 'missing.md');
		for (const args of [[missing], [list, missing]]) {
			const res = await run(['import', ...args, '--vault', vault]);
			expect(res).toEqual({ stdout: '', stderr: `syllabus import: ${missing}: Cannot read file: no such file.\nsyllabus import: nothing was written.\n`, code: 1 });
			expect(existsSync(vault)).toBe(false);
		}
	});

	it('names the line of a binary list and of a template that is not UTF-8 text', async () => {
		const { dir, list } = withList();
		const vault = join(dir, 'vault');
		writeFileSync(join(dir, 'image.md'), Buffer.from('line one\nline two\n\0\x01\x02'));
		writeFileSync(join(dir, 'paper.md'), Buffer.from('# {{title}}\n\nCaf\xe9\n', 'latin1'));
		const res = await run(['import', list, join(dir, 'image.md'), '--vault', vault, '--template', join(dir, 'paper.md')]);
		expect(res.code).toBe(1);
		expect(res.stderr).toContain(`syllabus import: ${join(dir, 'image.md')}:3: File is binary, not a text list; skipped.\n`);
		expect(res.stderr).toContain(`syllabus import: ${join(dir, 'paper.md')}:3: the --template file is not UTF-8 text\n`);
		expect(existsSync(vault)).toBe(false);
	});

	it('makes a new vault folder inside one that exists, and not a tree of them for a mistyped path', async () => {
		const { dir, list } = withList();
		const made = await run(['import', list, '--vault', join(dir, 'new')]);
		expect(made.code).toBe(0);
		expect(readdirSync(join(dir, 'new/Syllabus/Resources'))).toEqual(['Flash Attention.md']);
		for (const dryRun of [[], ['--dry-run']]) {
			const typo = await run(['import', list, '--vault', join(dir, 'Valt/Research'), ...dryRun]);
			expect(typo).toEqual({ stdout: '', stderr: `syllabus import: cannot make the vault ${join(dir, 'Valt/Research')}: the folder ${join(dir, 'Valt')} does not exist\nsyllabus import: nothing was written.\n`, code: 1 });
		}
		expect(existsSync(join(dir, 'Valt'))).toBe(false);
	});

	it('enriches nothing after an import that stopped', async () => {
		const { dir } = withList();
		const res = await run(['import', join(dir, 'missing.md'), '--vault', join(dir, 'vault'), '--enrich']);
		expect(res.code).toBe(1);
		expect(res.stdout).toBe('');
		expect(existsSync(join(dir, 'vault'))).toBe(false);
	});
});

describe('every vault command checks its --vault', () => {
	it('refuses a folder that does not exist for stats and enrich, naming it', async () => {
		const missing = join(tempDir('syllabus-inputs-'), 'nowhere');
		for (const command of ['stats', 'enrich']) {
			expect(await run([command, '--vault', missing])).toEqual({ stdout: '', stderr: `syllabus ${command}: no vault at ${missing}: there is no such folder\n`, code: 1 });
		}
		expect(existsSync(missing)).toBe(false);
	});

	it('refuses a vault that is a file, for every command', async () => {
		const { list } = withList();
		for (const [command, ...args] of [['import', list], ['import', list, '--dry-run'], ['stats'], ['enrich'], ['enrich', '--dry-run']]) {
			const res = await run([command!, ...args, '--vault', list]);
			expect(res.code).toBe(1);
			expect(res.stderr).toContain(`syllabus ${command!}: the vault ${list} is a file, not a folder\n`);
		}
	});

	// The superuser may write anywhere, so this needs an ordinary account to mean anything.
	it.skipIf(process.getuid?.() === 0)('refuses a vault it may not write in, unless only asked to read it', async () => {
		const { dir, list } = withList();
		const vault = join(dir, 'locked');
		mkdirSync(vault);
		chmodSync(vault, 0o555);
		try {
			for (const command of [['import', list], ['enrich']]) {
				const res = await run([...command, '--vault', vault]);
				expect(res.code).toBe(1);
				expect(res.stderr).toContain(`the vault ${vault} is not writable\n`);
			}
			expect((await run(['import', list, '--vault', vault, '--dry-run'])).code).toBe(0);
			expect((await run(['stats', '--vault', vault])).code).toBe(0);
		} finally {
			chmodSync(vault, 0o755);
		}
	});
});
