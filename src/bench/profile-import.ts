/**
 * The import figures alone, for `node --cpu-prof`: `import` into an empty
 * folder, `reimport` of the unchanged vault, or `edited` (100 notes edited and
 * 10 renamed first). Each prints its time beside the same run's plain
 * `writeFileSync` / `readFileSync` of the same files. With `PROFILE=file`,
 * only the measured rounds are profiled (the setup import is not). Build and run:
 *   npx esbuild src/bench/profile-import.ts --bundle --platform=node --outfile=dist/profile-import.js
 *   PROFILE=reimport.cpuprofile node dist/profile-import.js reimport 3
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { buildCatalog } from '../core';
import { FsVault } from '../cli/fs-vault';
import { catalogKey } from '../cli/import-receipts';
import { importAsCli, readAll, tempDirs, walk, writeAll } from './baselines';
import { syntheticList } from './generate';
import { reimportAfterEdits } from './reimport-edited';

/** Run `work` under the V8 profiler when PROFILE names a file to write the profile to. */
async function profiled(work: () => Promise<void>): Promise<void> {
	const file = process.env.PROFILE;
	if (!file) return work();
	const session = new Session();
	session.connect();
	const post = (method: string): Promise<unknown> => new Promise((resolve, reject) => session.post(method, (e, r) => (e ? reject(e) : resolve(r))));
	await post('Profiler.enable');
	await post('Profiler.start');
	await work();
	const { profile } = (await post('Profiler.stop')) as { profile: unknown };
	writeFileSync(file, JSON.stringify(profile));
	session.disconnect();
}

async function main(): Promise<void> {
	const mode = process.argv[2] ?? 'import';
	const rounds = Number(process.argv[3] ?? 3);
	const sources = [{ file: 'lists/synthetic.md', text: syntheticList(10_000, 1) }];
	const catalog = buildCatalog(sources);
	// RECEIPTS=1 imports as the CLI does, with the lists' key (unchanged re-imports after the first are answered from a receipt).
	const options = { folder: 'Syllabus', today: '2026-11-22', ...(process.env.RECEIPTS ? { catalogKey: catalogKey(sources) } : {}) };
	const { fresh, clean } = tempDirs('syllabus-prof-');
	// CPU time (user + system) beside wall time: on a shared machine the wall clock also counts other programs' turns.
	const time = async (what: string, fn: () => Promise<void> | void): Promise<number> => {
		const t = performance.now();
		const cpu = process.cpuUsage();
		await fn();
		const ms = performance.now() - t;
		const used = process.cpuUsage(cpu);
		process.stdout.write(`${what}: ${ms.toFixed(0)} ms, cpu ${((used.user + used.system) / 1000).toFixed(0)} ms\n`);
		return ms;
	};
	const vaultDir = fresh();
	if (mode === 'import') {
		await profiled(async () => {
			const once = (): Promise<void> => importAsCli(new FsVault(fresh()), catalog, options).then(() => undefined);
			for (let r = 0; r < rounds; r++) await time('import', once);
		});
	}
	await importAsCli(new FsVault(vaultDir), catalog, options);
	const files = walk(vaultDir);
	const contents = files.map((f) => readFileSync(f, 'utf8'));
	await time('writeFileSync baseline', () => writeAll(files, contents, vaultDir, fresh()));
	if (mode === 'reimport') {
		await profiled(async () => {
			for (let r = 0; r < rounds; r++) {
				const v = new FsVault(vaultDir);
				await time('re-import', () => importAsCli(v, catalog, options).then(() => undefined));
				process.stdout.write(`  reads ${v.reads}, writes ${v.writes}, from a receipt ${v.receiptsUsed}\n`);
			}
		});
	}
	if (mode === 'edited') {
		await profiled(async () => {
			for (let r = 0; r < rounds; r++) {
				const cpu = process.cpuUsage();
				const e = await reimportAfterEdits(vaultDir, catalog, options, r);
				const used = process.cpuUsage(cpu);
				process.stdout.write(`edited re-import: ${e.ms.toFixed(0)} ms (cpu incl. the edits ${((used.user + used.system) / 1000).toFixed(0)} ms), writes ${e.writes}, kept ${e.keptEdits}, found ${e.foundRenamed}\n`);
			}
		});
	}
	await time('readFileSync baseline', () => readAll(vaultDir));
	// KEEP=1 leaves the folders for a look (or for a micro-benchmark over the vault).
	if (process.env.KEEP) process.stdout.write(`kept ${vaultDir}\n`); else clean();
}

void main();
