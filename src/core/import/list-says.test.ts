/**
 * What a list says about things the vault already has is not ignored: another
 * list's name for a resource becomes an alias, and a list that marks an item
 * further along (`[x]`, `[DONE]`, `✅`, `[/]`) moves its note forward, never
 * back, unless the reader turned that off. The base finds notes wherever they
 * moved and sorts Up next by study order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteProperties } from './__tests__/props';
import { buildCatalog } from '../index';
import { importCatalog, writeCount } from './apply';
import { baseFile } from './base-file';
import { MemoryVault } from '../vault/memory-vault';
import type { ImportOptions } from './plan';

const OPTIONS: ImportOptions = { folder: 'Syllabus', today: '2026-11-22' };
const LATER: ImportOptions = { ...OPTIONS, today: '2026-11-30' };
const FA = 'https://arxiv.org/abs/2205.14135';
const list = (file: string, text: string) => buildCatalog([{ file, text }]);

const props = noteProperties;

describe('labels from other lists', () => {
	it('adds another list’s name for a resource to its aliases, once', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('a.md', `- [Flash Attention](${FA})`), OPTIONS);
		const report = await importCatalog(v, list('b.md', `- [FlashAttention](${FA}) fast exact attention`), OPTIONS);
		const path = 'Syllabus/Resources/Flash Attention.md';
		expect(props(v, path).aliases).toEqual(['FlashAttention']);
		expect(report.updated.find((u) => u.path === path)?.fields).toEqual(['lists', 'aliases']);
		expect(writeCount(await importCatalog(v, list('b.md', `- [FlashAttention](${FA}) fast exact attention`), OPTIONS))).toBe(0);
		// A label that differs only in case is the same name.
		await importCatalog(v, list('c.md', `- [flash attention](${FA})`), OPTIONS);
		expect(props(v, path).aliases).toEqual(['FlashAttention']);
	});

	it('adds the list’s name to a note the reader renamed only when another list brings it', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('a.md', `- [Flash Attention](${FA})`), OPTIONS);
		v.rename('Syllabus/Resources/Flash Attention.md', 'Syllabus/Resources/FA paper.md');
		// Only the list's own block follows the new name; the reader's note is not written.
		expect((await importCatalog(v, list('a.md', `- [Flash Attention](${FA})`), OPTIONS)).updated).toEqual([{ path: 'Syllabus/Lists/a.md', type: 'list', fields: ['list'] }]);
		expect(writeCount(await importCatalog(v, list('a.md', `- [Flash Attention](${FA})`), OPTIONS))).toBe(0);
		await importCatalog(v, list('b.md', `- [FlashAttention-2](${FA})`), OPTIONS);
		expect(props(v, 'Syllabus/Resources/FA paper.md').aliases).toEqual(['FlashAttention-2']);
	});
});

describe('status from the list', () => {
	const item = (mark: string): string => `- ${mark}[Flash Attention](${FA})`;

	it.each([
		['- [x] ', 'done'],
		['[DONE] ', 'done'],
		['✅ ', 'done'],
		['- [/] ', 'reading'],
	])('moves an existing todo note forward when the list says %s', async (mark, to) => {
		const v = new MemoryVault();
		await importCatalog(v, list('a.md', item('')), OPTIONS);
		const text = mark.startsWith('- ') ? `${mark}[Flash Attention](${FA})` : item(mark);
		const report = await importCatalog(v, list('a.md', text), LATER);
		const p = props(v, 'Syllabus/Resources/Flash Attention.md');
		expect(p.status).toBe(to);
		expect(p.started).toBe('2026-11-30');
		if (to === 'done') expect(p.finished).toBe('2026-11-30');
		else expect(p.finished).toBeUndefined();
		expect(report.advanced).toEqual([{ path: 'Syllabus/Resources/Flash Attention.md', title: 'Flash Attention', from: 'todo', to }]);
		// The list note's checkbox shows the status the note now has.
		expect(v.files.get('Syllabus/Lists/a.md')).toContain(`- [${to === 'done' ? 'x' : '/'}] [[Flash Attention]]`);
	});

	it('never moves a note back, nor off skipped, and keeps the reader’s dates', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('a.md', `- [x] [Flash Attention](${FA})\n- [Other](https://o.io/1)`), OPTIONS);
		const path = 'Syllabus/Resources/Flash Attention.md';
		expect(props(v, path).status).toBe('done');
		v.files.set('Syllabus/Resources/Other.md', v.files.get('Syllabus/Resources/Other.md')!.replace('status: todo', 'status: skipped'));
		await importCatalog(v, list('a.md', `- [A third](https://o.io/3)`), OPTIONS);
		v.files.set('Syllabus/Resources/A third.md', v.files.get('Syllabus/Resources/A third.md')!.replace('status: todo', 'status: paused'));
		const report = await importCatalog(v, list('a.md', `- [/] [Flash Attention](${FA})\n- [x] [Other](https://o.io/1)\n- [x] [A third](https://o.io/3)`), LATER);
		expect(props(v, path).status).toBe('done');
		expect(props(v, 'Syllabus/Resources/Other.md').status).toBe('skipped');
		// A status of the reader's own is theirs.
		expect(props(v, 'Syllabus/Resources/A third.md').status).toBe('paused');
		expect(report.advanced).toEqual([]);
	});

	it('moves a reading note to done, keeping when it was started', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('a.md', `- [/] [Flash Attention](${FA})`), OPTIONS);
		const path = 'Syllabus/Resources/Flash Attention.md';
		v.files.set(path, v.files.get(path)!.replace('status: reading\n', 'status: reading\nstarted: 2026-11-22\n'));
		await importCatalog(v, list('a.md', `- [x] [Flash Attention](${FA})`), LATER);
		expect(props(v, 'Syllabus/Resources/Flash Attention.md')).toMatchObject({ status: 'done', started: '2026-11-22', finished: '2026-11-30' });
	});

	it('moves concepts forward too', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('a.md', '- Cross encoders'), OPTIONS);
		await importCatalog(v, list('a.md', '- [x] Cross encoders'), LATER);
		expect(props(v, 'Syllabus/Concepts/Cross encoders.md')).toMatchObject({ status: 'done', finished: '2026-11-30' });
	});

	it('leaves status alone when the reader keeps it only in Obsidian', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('a.md', item('')), OPTIONS);
		const report = await importCatalog(v, list('a.md', `- [x] [Flash Attention](${FA})`), { ...LATER, statusFromLists: false });
		expect(props(v, 'Syllabus/Resources/Flash Attention.md').status).toBe('todo');
		expect(report.advanced).toEqual([]);
		expect(writeCount(report)).toBe(0);
	});
});

describe('the base and the study order', () => {
	it('selects notes by syllabus-id wherever they are and sorts Up next by order', () => {
		const base = baseFile();
		expect(base).not.toContain('inFolder');
		expect(base).toContain('file.hasProperty("syllabus-id")');
		expect(base).toMatch(/name: Up next[\s\S]*?property: order\n\s+direction: ASC/);
	});

	it('numbers new items in study order, after every list already in the vault', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('a.md', '# A\n## Topic\n- [One](https://x.io/1)\n  - [Two](https://x.io/2)\n- Concept three\n- [One again](https://x.io/1)'), OPTIONS);
		expect(['One', 'Two'].map((t) => props(v, `Syllabus/Resources/${t}.md`).order)).toEqual([1, 2]);
		expect(props(v, 'Syllabus/Concepts/Concept three.md').order).toBe(3);
		await importCatalog(v, list('b.md', '- [Four](https://x.io/4)\n- [One](https://x.io/1)'), OPTIONS);
		expect(props(v, 'Syllabus/Resources/Four.md').order).toBe(4);
		// An existing note keeps its place: order is the reader's once written.
		expect(props(v, 'Syllabus/Resources/One.md').order).toBe(1);
	});

	it('upgrades a base an earlier version wrote, and never one the reader edited', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('a.md', '- [One](https://x.io/1)'), OPTIONS);
		// What version 0.1 wrote, byte for byte (recorded from its golden vault).
		const legacy = readFileSync(join(__dirname, '__tests__/syllabus-0.1.base'), 'utf8');
		v.files.set('Syllabus/Syllabus.base', legacy);
		const report = await importCatalog(v, list('a.md', '- [One](https://x.io/1)'), OPTIONS);
		expect(report.updated).toEqual([{ path: 'Syllabus/Syllabus.base', type: 'base', fields: ['views'] }]);
		expect(v.files.get('Syllabus/Syllabus.base')).toBe(baseFile());
		const mine = `${legacy}# my own view\n`;
		v.files.set('Syllabus/Syllabus.base', mine);
		await importCatalog(v, list('a.md', '- [One](https://x.io/1)'), OPTIONS);
		expect(v.files.get('Syllabus/Syllabus.base')).toBe(mine);
	});
});
