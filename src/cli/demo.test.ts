import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './__tests__/temp-dirs';
import { buildDemo } from './demo';


function fakeRepo(): string {
	const repo = tempDir('syllabus-repo-');
	cpSync(join(__dirname, '../../seeds'), join(repo, 'seeds'), { recursive: true });
	for (const f of ['main.js', 'manifest.json', 'styles.css']) writeFileSync(join(repo, f), `/* ${f} */`);
	return repo;
}

describe('npm run demo', () => {
	it('writes the vault, installs and enables the plugin, and is safe to run twice', async () => {
		const repo = fakeRepo();
		const vault = join(repo, 'demo-vault');
		mkdirSync(join(vault, '.obsidian'), { recursive: true });
		writeFileSync(join(vault, '.obsidian/community-plugins.json'), '["dataview"]');
		const first = await buildDemo(repo, vault);
		expect(first.code).toBe(0);
		// The base is named apart, so the notes a first run makes are the notes a second run finds unchanged.
		expect(first.out).toContain('Created 457 notes (85 topics, 313 resources, 54 concepts, 5 lists) and the base Syllabus/Syllabus.base.\n');
		expect(readFileSync(join(vault, '.obsidian/plugins/syllabus/main.js'), 'utf8')).toBe('/* main.js */');
		expect(JSON.parse(readFileSync(join(vault, '.obsidian/community-plugins.json'), 'utf8'))).toEqual(['dataview', 'syllabus']);
		const second = await buildDemo(repo, vault);
		expect(second.out).toContain('Created 0 notes.\nUpdated 0 notes; 457 unchanged.\n');
		expect(JSON.parse(readFileSync(join(vault, '.obsidian/community-plugins.json'), 'utf8'))).toEqual(['dataview', 'syllabus']);
	});

	it('asks for a build when the plugin files are missing', async () => {
		const repo = fakeRepo();
		rmSync(join(repo, 'main.js'));
		expect(await buildDemo(repo, join(repo, 'v'))).toEqual({ out: 'main.js is missing: run npm run build first.\n', code: 1 });
	});
});
