/**
 * `npm run demo`: a demo vault from the seed lists, with the freshly built
 * plugin installed and enabled, ready to open in Obsidian. Safe to run again:
 * the import is idempotent and the plugin files are replaced by the new build.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCatalog, importCatalog, localDate } from '../core';
import { FsVault } from './fs-vault';
import { formatReport } from './import-command';
import { catalogKey } from './import-receipts';
import { readLists } from './read-lists';

/** Build the demo vault; returns what to print and the exit code. */
export async function buildDemo(repo: string, vaultDir: string): Promise<{ out: string; code: number }> {
	const seedsDir = join(repo, 'seeds');
	const seeds = readdirSync(seedsDir).sort().map((f) => join('seeds', f));
	for (const f of ['main.js', 'manifest.json', 'styles.css']) {
		if (!existsSync(join(repo, f))) return { out: `${f} is missing: run npm run build first.\n`, code: 1 };
	}
	const read = readLists(seeds.map((s) => join(repo, s)));
	// Source paths are recorded relative to the repository, as a reader would import them.
	const sources = read.sources.map((s, i) => ({ file: seeds[i]!, text: s.text }));
	const vault = new FsVault(vaultDir);
	const options = { folder: 'Syllabus', today: localDate(), catalogKey: catalogKey(sources), receipts: vault.receipts };
	const report = await importCatalog(vault, buildCatalog(sources), options);

	const configDir = join(vaultDir, '.obsidian');
	const pluginDir = join(configDir, 'plugins', 'syllabus');
	mkdirSync(pluginDir, { recursive: true });
	for (const f of ['main.js', 'manifest.json', 'styles.css']) copyFileSync(join(repo, f), join(pluginDir, f));
	const listFile = join(configDir, 'community-plugins.json');
	let enabled: string[] = [];
	try {
		const parsed: unknown = JSON.parse(readFileSync(listFile, 'utf8'));
		if (Array.isArray(parsed)) enabled = parsed.filter((x): x is string => typeof x === 'string');
	} catch {
		enabled = [];
	}
	if (!enabled.includes('syllabus')) enabled.push('syllabus');
	writeFileSync(listFile, JSON.stringify(enabled, null, 2) + '\n');

	const out = [
		`Demo vault: ${resolve(vaultDir)}`,
		formatReport(report, false).trimEnd(),
		`Plugin installed in ${join(vaultDir, '.obsidian', 'plugins', 'syllabus')} and enabled in community-plugins.json.`,
		'',
		'To open it: in Obsidian choose "Open folder as vault" and pick the folder above.',
		'Obsidian asks once whether to trust the vault\'s plugins; choose "Trust author and enable plugins".',
		'Then run "Syllabus: Open study plan" from the command palette, or click the graduation cap in the ribbon.',
		'',
	];
	return { out: out.join('\n'), code: 0 };
}

if (require.main === module) {
	const repo = process.cwd();
	const vault = process.argv[2] ?? join(repo, 'demo-vault');
	buildDemo(repo, vault).then(
		({ out, code }) => {
			process.stdout.write(out);
			process.exitCode = code;
		},
		(e: unknown) => {
			process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
			process.exitCode = 1;
		},
	);
}
