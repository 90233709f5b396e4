/**
 * The fault test: a large CLI import killed (SIGKILL) at seven points between
 * 30 % and 95 % of its notes, then run to the end. At every point no note is
 * empty, cut or doubled — each note on disk is byte for byte the note one
 * clean import writes at that path — the reader's edit made between two kills
 * is kept, and in the end the vault holds the same files as one clean import,
 * with no temporary file left.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticList } from '../bench/generate';
import { tempDir } from './__tests__/temp-dirs';

const ITEMS = 1500;
const KILL_AT = [0.3, 0.4, 0.5, 0.6, 0.75, 0.85, 0.95];
const TEMP = /^\.syllabus-\d+-\d+\.tmp$/;

let work: string;
let cli: string;
let list: string;

/** Every file under a folder but Obsidian's own, by vault path. */
function files(root: string): Map<string, Buffer> {
	const out = new Map<string, Buffer>();
	const walk = (dir: string, prefix: string): void => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			if (e.isDirectory()) {
				if (e.name !== '.obsidian') walk(join(dir, e.name), `${prefix}${e.name}/`);
			} else out.set(prefix + e.name, readFileSync(join(dir, e.name)));
		}
	};
	walk(root, '');
	return out;
}

function run(vault: string): ChildProcess {
	return spawn(process.execPath, [cli, list, '--vault', vault], { stdio: ['ignore', 'ignore', 'pipe'] });
}

function finished(child: ChildProcess): Promise<number | null> {
	return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Start an import and kill it once the folder of resource notes holds `count` files; whether it was still running then. */
async function killAtCount(vault: string, count: number): Promise<boolean> {
	const child = run(vault);
	const exit = finished(child);
	const folder = join(vault, 'Syllabus', 'Resources');
	let killed = false;
	const poll = setInterval(() => {
		let n = 0;
		try {
			n = readdirSync(folder).length;
		} catch {
			return;
		}
		if (n >= count && !killed) {
			killed = child.kill('SIGKILL');
			clearInterval(poll);
		}
	}, 1);
	await exit;
	clearInterval(poll);
	return killed && child.signalCode === 'SIGKILL';
}

beforeAll(() => {
	work = tempDir('syllabus-killed-');
	// The child is the command line's import alone, bundled the way `npm run build` bundles the CLI.
	const entry = join(work, 'child.ts');
	writeFileSync(entry, `import { runImport } from ${JSON.stringify(join(__dirname, 'import-command'))};\nrunImport(process.argv.slice(2)).then((r) => { process.stdout.write(r.stdout); process.stderr.write(r.stderr); process.exitCode = r.code; });\n`);
	cli = join(work, 'child.js');
	buildSync({ entryPoints: [entry], outfile: cli, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
	list = join(work, 'big-list.md');
	writeFileSync(list, syntheticList(ITEMS, 7));
});

describe('an import killed again and again', () => {
	it('never leaves an empty, cut or doubled note, keeps the reader\'s edit, and ends as one clean import', async () => {
		const clean = join(work, 'clean');
		expect(await finished(run(clean))).toBe(0);
		const want = files(clean);
		const resources = [...want.keys()].filter((p) => p.startsWith('Syllabus/Resources/')).length;
		expect(resources).toBeGreaterThan(900);

		const vault = join(work, 'killed');
		let edited: string | undefined;
		const edit = '\nMy own note, written between two kills.\n';
		let kills = 0;
		for (const [k, share] of KILL_AT.entries()) {
			const stillRunning = await killAtCount(vault, Math.round(resources * share));
			if (stillRunning) kills++;
			for (const [path, bytes] of files(vault)) {
				const name = path.split('/').pop()!;
				if (TEMP.test(name)) continue;
				const expected = path === edited ? Buffer.concat([want.get(path)!, Buffer.from(edit)]) : want.get(path);
				// A note that a clean import does not write is a double; one that differs from it is cut or confused.
				expect(expected, `${path} after kill ${k + 1}`).toBeDefined();
				expect(bytes.length, `${path} is empty after kill ${k + 1}`).toBeGreaterThan(0);
				// As text, so a failure shows the lines that differ.
				if (!bytes.equals(expected!)) expect(bytes.toString(), `${path} differs after kill ${k + 1}`).toBe(expected!.toString());
			}
			if (k === 2) {
				// A note, not a temporary name a kill left on one (the two are one file until the next import).
				edited = [...files(vault).keys()].find((p) => p.startsWith('Syllabus/Resources/') && p.endsWith('.md'))!;
				appendFileSync(join(vault, edited), edit);
			}
		}
		// Each point really stopped an import half-way, not one that had already finished.
		expect(kills).toBeGreaterThanOrEqual(7);

		expect(await finished(run(vault))).toBe(0);
		const got = files(vault);
		expect([...got.keys()].filter((p) => TEMP.test(p.split('/').pop()!))).toEqual([]);
		expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
		for (const [path, bytes] of want) {
			const expected = path === edited ? Buffer.concat([bytes, Buffer.from(edit)]) : bytes;
			expect(got.get(path)!.equals(expected), path).toBe(true);
		}
	}, 60_000);
});
