/**
 * Templates for new notes: every variable, the fallback form, unknown
 * variables left and reported once, Syllabus's markers kept out, and
 * re-import never rendering a template into a note that exists.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Resource } from '../index';
import { importCatalog, writeCount } from './apply';
import { MemoryVault } from '../vault/memory-vault';
import type { ImportOptions } from './plan';
import { renderTemplate, resourceValues } from './template';

const LIST = [
	'# Long-context reading group',
	'## Positions',
	'- [RoFormer: Enhanced Transformer with Rotary Position Embedding](https://arxiv.org/abs/2104.09864) - read section 3 first',
	'- [YaRN talk](https://www.youtube.com/watch?v=dc4chADushM)',
	'- RoPE',
].join('\n');
const catalog = () => buildCatalog([{ file: 'reading/long-context.md', text: LIST }]);
const PAPER = [
	'# {{title}}',
	'{{authors|Unknown authors}} ({{year|n.d.}}), {{venue|preprint}}. <{{url}}> · {{kind}}',
	'Filed under {{topics}} in {{lists}}; added {{date}}.',
	'',
	'> {{abstract|No abstract yet.}}',
	'',
	'## Summary',
	'{{notes}}',
	'',
	'## Key ideas',
	'',
	'## Questions',
	'- {{ question }} and {{tp.date.now()}}',
].join('\n');
const OPTIONS: ImportOptions = { folder: 'Syllabus', today: '2026-11-22', templateDate: '22 Nov 2026', templates: { resource: PAPER, concept: '## What it is\n\n## Where I met {{title}}\n{{lists}}\n', topic: 'Topic {{title}} ({{kind}})' } };
const ROFORMER = 'Syllabus/Resources/RoFormer - Enhanced Transformer with Rotary Position Embedding.md';

describe('rendering a template', () => {
	it('fills every variable, including metadata a resource carries once it is known', () => {
		const r = catalog().resources[0]!;
		const known = { ...r, authors: ['Jianlin Su', 'Yu Lu'], year: 2021, venue: 'Neurocomputing', abstract: 'Rotary position embedding encodes position with a rotation matrix.' } as Resource;
		const out = renderTemplate(PAPER, resourceValues(known, ['[[Positions]]'], ['[[Long-context reading group]]'], '2026-11-22'));
		expect(out.text).toBe([
			'# RoFormer: Enhanced Transformer with Rotary Position Embedding',
			'Jianlin Su, Yu Lu (2021), Neurocomputing. <https://arxiv.org/abs/2104.09864> · paper',
			'Filed under [[Positions]] in [[Long-context reading group]]; added 2026-11-22.',
			'',
			'> Rotary position embedding encodes position with a rotation matrix.',
			'',
			'## Summary',
			'read section 3 first',
			'',
			'## Key ideas',
			'',
			'## Questions',
			'- {{ question }} and {{tp.date.now()}}',
		].join('\n'));
		expect(out.unknown).toEqual(['question', 'tp.date.now()']);
	});

	it('uses the fallback when a value is missing or empty, and nothing when there is no fallback', () => {
		const r = catalog().resources[0]!;
		const out = renderTemplate('{{authors|Unknown authors}} ({{year|n.d.}}) {{venue}}|{{abstract}}|', resourceValues({ ...r, authors: [], year: '' } as unknown as Resource, [], [], ''));
		expect(out.text).toBe('Unknown authors (n.d.) ||');
	});

	it('keeps Syllabus’s markers out of what it renders', () => {
		const out = renderTemplate('%% syllabus:begin %%\n{{title}}\n%% syllabus:end %%', { title: 'x' });
		expect(out.text).not.toContain('syllabus:begin');
		expect(out.text).not.toContain('syllabus:end');
	});
});

describe('importing with templates', () => {
	it('shapes the reader’s part of new notes, below what the lists said, and reports each unknown variable once', async () => {
		const v = new MemoryVault();
		const report = await importCatalog(v, catalog(), OPTIONS);
		const paper = v.files.get(ROFORMER)!;
		expect(paper).toContain('\n> [!quote] About\n> read section 3 first\n');
		expect(paper).toContain('\n# RoFormer: Enhanced Transformer with Rotary Position Embedding\nUnknown authors (n.d.), preprint. <https://arxiv.org/abs/2104.09864> · paper\n');
		expect(paper).toContain('Filed under [[Positions]] in [[Long-context reading group]]; added 22 Nov 2026.');
		expect(paper).toContain('> No abstract yet.');
		expect(paper.indexOf('[!quote] About')).toBeLessThan(paper.indexOf('## Summary'));
		expect(paper).not.toContain('## Notes');
		expect(v.files.get('Syllabus/Resources/YaRN talk.md')).toContain('· video');
		expect(v.files.get('Syllabus/Concepts/RoPE.md')).toMatch(/## What it is\n\n## Where I met RoPE\n\[\[Long-context reading group\]\]\n$/);
		expect(v.files.get('Syllabus/Topics/Positions.md')).toMatch(/Topic Positions \(topic\)\n$/);
		expect(report.templateProblems).toEqual(['template variable {{question}} is not one Syllabus knows; left as written', 'template variable {{tp.date.now()}} is not one Syllabus knows; left as written']);
	});

	it('leaves out the template note’s own properties', async () => {
		const v = new MemoryVault();
		await importCatalog(v, catalog(), { ...OPTIONS, templates: { concept: '---\ntags: [template]\n---\n\n## Definition\n' } });
		const note = v.files.get('Syllabus/Concepts/RoPE.md')!;
		expect(note).not.toContain('template');
		expect(note).toMatch(/\n---\n\n## Definition\n$/);
	});

	it('leaves today’s body when there is no template', async () => {
		const v = new MemoryVault();
		const report = await importCatalog(v, catalog(), { folder: 'Syllabus', today: '2026-11-22' });
		expect(v.files.get(ROFORMER)).toMatch(/\n> Listed in \[\[Long-context reading group\]\], line 3\.\n\n## Notes\n\n$/);
		expect(report.templateProblems).toBeUndefined();
	});

	it('never renders a template into a note that exists: re-import with another template writes nothing', async () => {
		const v = new MemoryVault();
		await importCatalog(v, catalog(), { folder: 'Syllabus', today: '2026-11-22' });
		const mine = v.files.get(ROFORMER)!.replace('## Notes\n\n', '## Notes\n\nMy own reading of section 3.\n');
		v.files.set(ROFORMER, mine);
		const before = new Map(v.files);
		const again = await importCatalog(v, catalog(), OPTIONS);
		expect(writeCount(again)).toBe(0);
		expect(v.files).toEqual(before);
		expect(v.files.get(ROFORMER)).toBe(mine);
	});
});

describe('concepts an abstract mentions', () => {
	it('are suggested on a new note as a line in what Syllabus writes, not in the reader’s part', async () => {
		const c = catalog();
		Object.assign(c.resources[0]!, { abstract: 'We investigate Rotary Position Embedding (RoPE) and its positions; RoPE again.' });
		const v = new MemoryVault();
		await importCatalog(v, c, OPTIONS);
		const paper = v.files.get(ROFORMER)!;
		expect(paper).toContain('> Listed in [[Long-context reading group]], line 3.\n> Mentions: [[RoPE]], [[Positions]]\n\n# RoFormer');
		expect(paper).toContain('> We investigate Rotary Position Embedding (RoPE) and its positions; RoPE again.');
		expect(v.files.get('Syllabus/Resources/YaRN talk.md')).not.toContain('Mentions:');
	});
});
