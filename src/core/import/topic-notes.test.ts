/**
 * Existing vaults keep working after topics came to mean one thing (issue
 * 25): a topic note made by an earlier version keeps its name, its links and
 * the reader's text; only its generated part is refreshed, to the base that
 * reads the `topics` property and the lists it is in, and a second import
 * writes nothing. A topic note a list no longer uses (a generic sub-heading
 * that no longer makes a topic) is left as the reader has it and reported
 * apart from items.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { importCatalog, writeCount } from './apply';
import type { ImportOptions } from './types';
import { missingSentences } from './report-text';
import { MemoryVault } from '../vault/memory-vault';
import { TOPIC_BEGIN } from '../note/topic-base';
import { BLOCK_END } from '../note/markers';

const OPTIONS: ImportOptions = { folder: 'Syllabus', today: '2026-12-08' };
const FILE = 'course.md';
const COURSE = readFileSync(join(__dirname, '../library/__tests__/repeated-subheadings.md'), 'utf8');
const catalog = () => buildCatalog([{ file: FILE, text: COURSE }]);

/** The generated part every topic note had before: a base of every Syllabus note with a status that links the topic anywhere. */
const OLD_BLOCK = [
	TOPIC_BEGIN,
	'```base',
	'filters:',
	'  and:',
	'    - file.hasLink(this.file)',
	'    - file.hasProperty("syllabus-id")',
	'    - file.hasProperty("status")',
	'properties:',
	'  status:',
	'    displayName: Status',
	'views:',
	'  - type: table',
	'    name: Filed here',
	'    order:',
	'      - file.name',
	'      - status',
	'```',
	BLOCK_END,
].join('\n');

const topicPaths = (v: MemoryVault): string[] => [...v.files.keys()].filter((p) => p.startsWith('Syllabus/Topics/'));

/** A topic note as an earlier version left it: the old generated part, and the reader's own line below. */
function aged(text: string): string {
	const from = text.indexOf(TOPIC_BEGIN);
	const to = text.indexOf(BLOCK_END, from) + BLOCK_END.length;
	return `${text.slice(0, from).replace('Everything filed under this topic, from every list:', 'Everything filed under this topic links here:')}${OLD_BLOCK}${text.slice(to)}My notes on this topic.\n`;
}

describe('topic notes an earlier version made', () => {
	it('keep their names, links and the reader\'s text; re-import refreshes only the generated part, once', async () => {
		const v = new MemoryVault();
		await importCatalog(v, catalog(), OPTIONS);
		const fresh = new Map(v.files);
		const topics = topicPaths(v);
		expect(topics.length).toBeGreaterThan(5);
		for (const p of topics) v.files.set(p, aged(v.files.get(p)!));
		// The reader took the base out of one note: that stays out, and is not a problem to report.
		const bare = topics[0]!;
		const t = v.files.get(bare)!;
		v.files.set(bare, t.slice(0, t.indexOf(TOPIC_BEGIN)) + t.slice(t.indexOf(BLOCK_END) + BLOCK_END.length));
		const before = new Map(v.files);

		const report = await importCatalog(v, catalog(), OPTIONS);
		expect(report.created).toEqual([]);
		expect(report.skipped).toEqual([]);
		expect(report.updated.map((u) => u.path).sort()).toEqual(topics.slice(1).sort());
		for (const u of report.updated) expect(u.fields).toEqual(['filed here']);
		for (const p of topics.slice(1)) {
			const now = v.files.get(p)!;
			const made = fresh.get(p)!;
			const block = made.slice(made.indexOf(TOPIC_BEGIN), made.indexOf(BLOCK_END) + BLOCK_END.length);
			// The current part, in the note as the reader left it: their wording above, their notes below.
			expect(now).toBe(before.get(p)!.replace(OLD_BLOCK, block));
			expect(now).toContain('Everything filed under this topic links here:');
			expect(now).toContain('In 1 list: [[');
			expect(now.endsWith('My notes on this topic.\n')).toBe(true);
		}
		expect(v.files.get(bare)).toBe(before.get(bare));
		for (const [p, text] of v.files) if (!topics.includes(p)) expect(text, p).toBe(fresh.get(p));

		expect(writeCount(await importCatalog(v, catalog(), OPTIONS))).toBe(0);
	});

	it('that a list no longer uses are left as they are, and reported as topic notes, not items', async () => {
		const v = new MemoryVault();
		await importCatalog(v, catalog(), OPTIONS);
		const list = [...v.files.keys()].find((p) => p.startsWith('Syllabus/Lists/'))!.replace(/^Syllabus\/Lists\/|\.md$/g, '');
		// As a version that made every repeated sub-heading a topic left it.
		const old = [
			'---',
			'topics:',
			'  - "[[Module 1 - Foundations]]"',
			'lists:',
			`  - "[[${list}]]"`,
			'tags:',
			'  - syllabus/topic',
			'syllabus-id: t-0oldrefs00',
			'---',
			'',
			'Everything filed under this topic links here:',
			'',
			OLD_BLOCK,
			'',
			'## Notes',
			'',
			'Kept for the reading group.',
			'',
		].join('\n');
		v.files.set('Syllabus/Topics/📚 References.md', old);
		const report = await importCatalog(v, catalog(), OPTIONS);
		expect(v.files.get('Syllabus/Topics/📚 References.md')).toBe(old);
		expect(report.missing).toEqual([{ list: 'Applied deep learning, a self-paced course', path: 'Syllabus/Topics/📚 References.md', title: '📚 References', topic: true }]);
		expect(missingSentences(report)).toEqual({ topics: '1 topic note is no longer used by its list; left as it is' });
		expect(writeCount(report)).toBe(0);
	});
});
