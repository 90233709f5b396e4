/**
 * What the CLI prints agrees with English and with itself: a count of one is
 * singular, the notes a run makes are the notes the next run finds unchanged,
 * and a note skipped for broken front matter is named with its line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './__tests__/temp-dirs';
import { buildCatalog, type EnrichReport, type ImportReport } from '../core';
import { formatEnrichReport } from './enrich-command';
import { formatReport } from './import-command';
import { failureMessage, run } from './main';
import { summarize } from './parse-command';
import { frontMatterErrorLine } from './yaml-line';

function report(over: Partial<ImportReport>): ImportReport {
	return { created: [], updated: [], unchanged: 0, skipped: [], missing: [], listChanges: [], advanced: [], removedTemporary: 0, ...over };
}

describe('counts in the import report', () => {
	it('says one of each in the singular', () => {
		const text = formatReport(
			report({
				created: [{ path: 'S/Resources/A.md', type: 'resource' }, { path: 'S/Syllabus.base', type: 'base' }],
				updated: [{ path: 'S/Lists/L.md', type: 'list', fields: ['list'] }],
				unchanged: 1,
				advanced: [{ path: 'S/Resources/B.md', title: 'B', from: 'todo', to: 'done' }],
				missing: [{ list: 'L', path: 'S/Resources/C.md', title: 'C' }],
				removedTemporary: 1,
				listChanges: [{ list: 'L', path: 'S/Lists/L.md', leaving: 1, staying: 1 }],
			}),
			false,
		);
		expect(text).toBe(
			[
				'Removed 1 temporary file left by an interrupted import.',
				'Changes the list “L”: 1 item leaves it, 1 stays.',
				'Created 1 note (1 resource) and the base S/Syllabus.base.',
				'Updated 1 note; 1 unchanged.',
				'  updated S/Lists/L.md: list',
				'1 note moved forward because a list marks it so:',
				'  S/Resources/B.md: todo → done',
				'1 item is no longer in its list (notes kept):',
				'  L: S/Resources/C.md',
				'',
			].join('\n'),
		);
	});

	it('names the base apart from the notes, made or upgraded', () => {
		const upgraded = report({ updated: [{ path: 'S/Syllabus.base', type: 'base', fields: ['views'] }], unchanged: 2 });
		expect(formatReport(upgraded, true)).toBe('Would create 0 notes.\nWould update 0 notes and the base; 2 unchanged.\n  updated S/Syllabus.base: views\n');
	});
});

describe('counts in the other commands', () => {
	it('parse counts resources, kinds, concepts, topics and diagnostics in English', () => {
		const one = summarize(buildCatalog([{ file: 'one.md', text: '# One\n\n## Attention\n\n- [Flash Attention](https://arxiv.org/abs/2205.14135)\n' }]));
		expect(one).toContain('  resources: 1 — 1 paper\n');
		expect(one).toContain('All lists: 1 resource (0 done), 0 concepts, 1 topic, 0 diagnostics.\n');
		const two = summarize(buildCatalog([{ file: 'two.md', text: '- https://arxiv.org/abs/2205.14135\n- https://arxiv.org/abs/1706.03762\n- https://docs.python.org/3/\n- https://docs.rs/yaml/\n' }]));
		expect(two).toContain('— 2 papers, 2 docs\n');
	});

	it('enrich says one note and one request in the singular', () => {
		const r: EnrichReport = { filled: [{ path: 'A.md', source: 'arxiv', fields: ['title'] }], unchanged: 1, failed: [], skipped: [], requests: 1, fromCache: 0, cancelled: false };
		expect(formatEnrichReport(r, false)).toBe('Filled 1 note (0 renamed); 1 already complete; 0 failed.\n1 request, 0 from the cache.\n  filled A.md (arxiv): title\n');
	});

	it('stats says a folder holds no lists yet rather than 0/0 done', async () => {
		const vault = tempDir('syllabus-empty-');
		expect(await run(['stats', '--vault', vault])).toEqual({ stdout: `No Syllabus lists in ${vault} yet: syllabus import <file> --vault ${vault} adds one.\n`, stderr: '', code: 0 });
	});
});

describe('a note skipped for its front matter', () => {
	it('is named with the line of the note where its YAML breaks', async () => {
		expect(frontMatterErrorLine('---\ntitle: a\nb: [\n---\nbody\n')).toBe(3);
		expect(frontMatterErrorLine('---\n- a\n- b\n---\n')).toBe(2);
		expect(frontMatterErrorLine('---\ntitle: a\n---\n')).toBeUndefined();
		const dir = tempDir('syllabus-yaml-');
		const list = join(dir, 'list.md');
		writeFileSync(list, '- [Flash Attention](https://arxiv.org/abs/2205.14135)\n');
		const vault = join(dir, 'vault');
		mkdirSync(vault);
		writeFileSync(join(vault, 'mine.md'), '---\ntitle: a\nb: [\n---\nbody\n');
		const res = await run(['import', list, '--vault', vault]);
		expect(res.code).toBe(0);
		expect(res.stdout).toMatch(/\n {2}skipped mine\.md:3: front matter is not valid YAML \([^)]*\); left untouched\n/);
		expect(res.stdout).not.toMatch(/at line \d+, column/);
	});
});

describe('an error nothing caught', () => {
	it('names the file a file system error is about', () => {
		const e = Object.assign(new Error("EACCES: permission denied, open '/v/x.json'"), { code: 'EACCES', path: '/v/x.json', syscall: 'open' });
		expect(failureMessage(e)).toBe('/v/x.json: permission denied');
		expect(failureMessage(Object.assign(new Error('odd'), { code: 'EIO', path: '/v/y.md' }))).toBe('/v/y.md: odd');
		expect(failureMessage(new Error('plain'))).toBe('plain');
	});
});
