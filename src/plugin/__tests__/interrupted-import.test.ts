// @vitest-environment jsdom
/**
 * Obsidian closed during an import: the notes made so far stay, one note was
 * made but never written (0 bytes), the rest were never made. Opened again,
 * the next import of the same list adopts the notes that have our id,
 * finishes the empty one where it was being made, makes the rest, and the
 * vault is then exactly what one uninterrupted import makes.
 */
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportNote } from '../import-flow';
import { importList, loadPlugin, type Harness } from './harness';

beforeAll(() => setup());
afterAll(() => teardown());

const LIST = [
	'# Long-context reading group',
	'',
	'## Positions',
	...Array.from({ length: 4 }, (_, i) => `- [Position study ${i + 1}](https://arxiv.org/abs/2402.0000${i + 1})`),
	'',
	'## Memory',
	...Array.from({ length: 4 }, (_, i) => `- [Memory study ${i + 1}](https://arxiv.org/abs/2403.0000${i + 1})`),
	'',
].join('\n');

/** Every file of the vault with its text. */
async function snapshot(h: Harness): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const f of h.app.vault.getFiles()) out[f.path] = await h.app.vault.read(f);
	return out;
}

describe('an import Obsidian was closed during', () => {
	it('is completed by the next import, without a second note for anything', async () => {
		const clean = await loadPlugin();
		await importList(clean, 'reading/group.md', LIST);
		const want = await snapshot(clean);

		const h = await loadPlugin();
		const create = h.app.vault.create.bind(h.app.vault);
		let made = 0;
		// The fourth note is made and the app closes before its text is written; nothing after it is made.
		vi.spyOn(h.app.vault, 'create').mockImplementation(async (path: string, data: string) => {
			made++;
			if (made < 4) return create(path, data);
			if (made === 4) await create(path, '');
			throw new Error('Obsidian is closing');
		});
		await importList(h, 'reading/group.md', LIST);
		vi.restoreAllMocks();
		const left = await snapshot(h);
		const empty = Object.keys(left).filter((p) => left[p] === '');
		expect(empty).toHaveLength(1);
		expect(Object.keys(left).length).toBeLessThan(Object.keys(want).length);

		const reopened = await loadPlugin(left);
		await importList(reopened, 'reading/group.md', LIST);
		const report = reopened.plugin.importer.lastReport!.report;
		expect(report.finished).toEqual(empty);
		expect(reportNote('reading/group.md', report)).toContain(`## Finished\nFinished 1 note an interrupted import left empty (counted as created).\n- [[${empty[0]!.replace(/\.md$/, '')}]]`);
		expect(await snapshot(reopened)).toEqual(want);
	});
});
