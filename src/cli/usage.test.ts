/**
 * `--help` for every command, `--version`, and the top-level usage built from
 * the commands' own texts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tempDir } from './__tests__/temp-dirs';
import { run } from './main';
import { COMMANDS, commandUsage } from './usage';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };

describe('syllabus --help', () => {
	it.each(COMMANDS)('prints the usage of %s for --help and -h, and exits 0', async (command) => {
		for (const flag of ['--help', '-h']) {
			const res = await run([command, flag]);
			expect(res).toEqual({ stdout: commandUsage(command), stderr: '', code: 0 });
			expect(res.stdout).toMatch(new RegExp(`^Usage: syllabus ${command} `));
			expect(res.stdout).toContain('Exit codes: 0 ok');
		}
		expect(await run(['help', command])).toEqual(await run([command, '--help']));
	});

	it('builds the top-level usage from each command\'s own text', async () => {
		const top = await run(['--help']);
		expect(top.code).toBe(0);
		for (const command of COMMANDS) {
			const lines = commandUsage(command).split('\n').slice(2, -3).map((l) => l.trim());
			for (const line of lines) expect(top.stdout).toContain(line);
		}
		expect(top.stdout).toContain('syllabus <command> --help');
	});

	it('answers --help before reading or writing anything else on the line', async () => {
		const vault = join(tempDir('syllabus-help-'), 'new');
		const res = await run(['import', 'missing.md', '--vault', vault, '--bogus', '--help']);
		expect(res.code).toBe(0);
		expect(existsSync(vault)).toBe(false);
	});

	it('points bad usage at the command\'s --help, with exit code 2', async () => {
		const res = await run(['stats', '--vault', 'v', '--nope']);
		expect(res).toEqual({ stdout: '', stderr: 'syllabus stats: unknown option --nope\nRun "syllabus stats --help" for its usage.\n', code: 2 });
		expect((await run([])).code).toBe(2);
		expect((await run(['help', 'frobnicate'])).stderr).toContain('unknown command "frobnicate"');
	});
});

describe('syllabus --version', () => {
	it('prints the version in package.json', async () => {
		for (const flag of ['--version', '-V', 'version']) expect(await run([flag])).toEqual({ stdout: `syllabus ${pkg.version}\n`, stderr: '', code: 0 });
	});

	it('prints it from the bundle too, wherever the bundle is', async () => {
		const out = join(tempDir('syllabus-bundle-'), 'cli.js');
		await build({ entryPoints: [join(__dirname, 'main.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
		expect(execFileSync(process.execPath, [out, '--version'], { encoding: 'utf8' })).toBe(`syllabus ${pkg.version}\n`);
	});
});
