/**
 * Templates for new notes, on real shapes: the resources come from a reading
 * list built through `buildCatalog` (a citation line gives authors, year and
 * venue; a link with a remark gives the list's notes), the abstract from the
 * arXiv metadata the enrich step parses, and the templates are written the
 * way researchers write them — a Zotero-Integration-like paper note with the
 * plugin's own `{{citekey}}`, Templater's `<% %>` commands, a template note's
 * `tags: [template]`. Checked: every variable, the fallback form, unknown
 * variables left and reported once, Syllabus's markers kept out, and
 * re-import never rendering a template into a note that exists.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { parseArxivFeed } from '../enrich/arxiv';
import { importCatalog, writeCount } from './apply';
import { MemoryVault } from '../vault/memory-vault';
import type { ImportOptions } from './plan';
import { renderTemplate, resourceValues } from './template';

// A long-context reading list as a group keeps one: a section per theme, a citation copied from a bibliography,
// a link with a remark after a dash and another under it, a talk, and a bare concept.
const LIST = [
	'# Long-context reading group',
	'## Positions',
	'- Su, J., Lu, Y., Pan, S., Murtadha, A., Wen, B., Liu, Y. "RoFormer: Enhanced Transformer with Rotary Position Embedding." Neurocomputing 2024. [pdf](https://arxiv.org/abs/2104.09864)',
	'- [Extending Context Window of Large Language Models via Positional Interpolation](https://arxiv.org/abs/2306.15595) - read section 3 first',
	'  - compare with YaRN: same idea, per-frequency',
	'- [YaRN talk](https://www.youtube.com/watch?v=dc4chADushM)',
	'- RoPE',
].join('\n');
const catalog = () => buildCatalog([{ file: 'reading/long-context.md', text: LIST }]);

// A paper template shaped like a Zotero Integration literature note: `{{citekey}}` and `{{bibliography}}`
// are that plugin's, `<% %>` is Templater's; Syllabus leaves all three as written.
const PAPER = [
	'---',
	'tags: [template, literature-note]',
	'---',
	'# {{title}}',
	'',
	'> [!info] {{authors|Unknown authors}} ({{year|n.d.}}), *{{venue|preprint}}*',
	'> <{{url}}> · {{kind}} · cite as @{{citekey}}',
	'',
	'> [!abstract]',
	'> {{abstract|No abstract yet.}}',
	'',
	'## Why it is on my list',
	'{{notes|}}',
	'Filed under {{topics}} in {{lists}}; added {{date}}.',
	'',
	'## Key ideas',
	'',
	'## Questions',
	'',
	'{{bibliography}}',
	'Created <% tp.file.creation_date("YYYY-MM-DD") %>',
].join('\n');
// A concept template as a Templater user keeps it, front matter and all.
const CONCEPT = ['---', 'tags: [template]', 'aliases: []', '---', '', '## What it is', '', '## Where I met {{title}}', '{{lists}} · {{topics|no topic}}', ''].join('\n');
const TOPIC = '## Reading order for {{ title }}\nA {{kind}} from {{lists}}.\n';
const OPTIONS: ImportOptions = { folder: 'Syllabus', today: '2026-11-22', templateDate: '22 Nov 2026', templates: { resource: PAPER, concept: CONCEPT, topic: TOPIC } };
const ROFORMER = 'Syllabus/Resources/RoFormer - Enhanced Transformer with Rotary Position Embedding.md';
const INTERPOLATION = 'Syllabus/Resources/Extending Context Window of Large Language Models via Positional Interpolation.md';

/**
 * RoFormer's metadata as the enrich step parses it from arXiv's export API: an Atom entry in the API's documented
 * shape, written here with the paper's real title, authors, date and journal, and an abstract in our own words.
 */
const ARXIV_ENTRY = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <opensearch:totalResults>1</opensearch:totalResults>
  <entry>
    <id>http://arxiv.org/abs/2104.09864v5</id>
    <title>RoFormer: Enhanced Transformer with Rotary Position
  Embedding</title>
    <summary>  We encode position with a rotation of the query and key vectors (Rotary Position Embedding, RoPE), so
attention depends on relative positions; RoFormer uses it on long texts.
</summary>
    <published>2021-04-20T09:54:06Z</published>
    <author><name>Jianlin Su</name></author>
    <author><name>Yu Lu</name></author>
    <author><name>Shengfeng Pan</name></author>
    <author><name>Ahmed Murtadha</name></author>
    <author><name>Bo Wen</name></author>
    <author><name>Yunfeng Liu</name></author>
    <arxiv:journal_ref>Neurocomputing 568 (2024) 127063</arxiv:journal_ref>
    <arxiv:primary_category term="cs.CL"/>
  </entry>
</feed>`;
/** The fields of it a resource carries once metadata is known (`template.ts` reads these four). */
function roformerMetadata() {
	const feed = parseArxivFeed(ARXIV_ENTRY);
	if (!feed.ok) throw new Error(feed.reason);
	const { authors, year, venue, abstract } = feed.papers.get('2104.09864')!;
	// Metadata says the year as text, a resource as a number.
	return { authors, year: Number(year), venue, abstract };
}

describe('rendering a template', () => {
	it('fills every variable from a resource a citation line describes, and leaves other plugins’ syntax as written', () => {
		const r = catalog().resources.find((x) => x.arxiv === '2104.09864')!;
		const out = renderTemplate(PAPER.split('---\n')[2]!, resourceValues(r, ['[[Positions]]'], ['[[Long-context reading group]]'], '2026-11-22'));
		expect(out.text).toBe([
			'# RoFormer: Enhanced Transformer with Rotary Position Embedding',
			'',
			'> [!info] J. Su, Y. Lu, S. Pan, A. Murtadha, B. Wen, Y. Liu (2024), *Neurocomputing*',
			'> <https://arxiv.org/abs/2104.09864> · paper · cite as @{{citekey}}',
			'',
			'> [!abstract]',
			'> No abstract yet.',
			'',
			'## Why it is on my list',
			'',
			'Filed under [[Positions]] in [[Long-context reading group]]; added 2026-11-22.',
			'',
			'## Key ideas',
			'',
			'## Questions',
			'',
			'{{bibliography}}',
			'Created <% tp.file.creation_date("YYYY-MM-DD") %>',
		].join('\n'));
		expect(out.unknown).toEqual(['citekey', 'bibliography']);
	});

	it('renders the abstract and authors fetched metadata gives a paper', () => {
		const r = { ...catalog().resources.find((x) => x.arxiv === '2104.09864')!, ...roformerMetadata() };
		const out = renderTemplate('{{authors}} ({{year}})\n> {{abstract|No abstract yet.}}', resourceValues(r, [], [], ''));
		const [authors, abstract] = out.text.split('\n');
		expect(authors).toBe('Jianlin Su, Yu Lu, Shengfeng Pan, Ahmed Murtadha, Bo Wen, Yunfeng Liu (2021)');
		expect(abstract).toBe('> We encode position with a rotation of the query and key vectors (Rotary Position Embedding, RoPE), so attention depends on relative positions; RoFormer uses it on long texts.');
		expect(out.text.split('\n')).toHaveLength(2);
	});

	it('uses the fallback for what a list line does not say, and nothing when there is no fallback', () => {
		const talk = catalog().resources.find((x) => x.kind === 'video')!;
		const out = renderTemplate('{{authors|Unknown authors}} ({{year|n.d.}}) {{venue}}|{{abstract}}|{{notes}}|{{title}}', resourceValues(talk, [], [], ''));
		expect(out.text).toBe('Unknown authors (n.d.) |||YaRN talk');
	});

	it('keeps Syllabus’s markers out of what it renders, from the template and from a value', () => {
		const out = renderTemplate('%% syllabus:begin %%\n{{title}}\n%% syllabus:end %%', { title: 'Notes %% syllabus:end %% here' });
		expect(out.text).not.toContain('syllabus:begin');
		expect(out.text).not.toContain('syllabus:end');
		expect(out.text).toContain('Notes %% %% here');
	});
});

describe('importing with templates', () => {
	it('shapes the reader’s part of new notes, below what the lists said, and reports each unknown variable once', async () => {
		const v = new MemoryVault();
		const report = await importCatalog(v, catalog(), OPTIONS);
		const paper = v.files.get(INTERPOLATION)!;
		expect(paper.slice(paper.indexOf('\n---\n') + 5)).toBe([
			'',
			'> [!quote] About',
			'> read section 3 first',
			'> compare with YaRN: same idea, per-frequency',
			'> Listed in [[Long-context reading group]] › Positions, line 4.',
			'',
			'# Extending Context Window of Large Language Models via Positional Interpolation',
			'',
			'> [!info] Unknown authors (n.d.), *preprint*',
			'> <https://arxiv.org/abs/2306.15595> · paper · cite as @{{citekey}}',
			'',
			'> [!abstract]',
			'> No abstract yet.',
			'',
			'## Why it is on my list',
			'read section 3 first',
			'compare with YaRN: same idea, per-frequency',
			'Filed under [[Positions]] in [[Long-context reading group]]; added 22 Nov 2026.',
			'',
			'## Key ideas',
			'',
			'## Questions',
			'',
			'{{bibliography}}',
			'Created <% tp.file.creation_date("YYYY-MM-DD") %>',
			'',
		].join('\n'));
		// The template note's own tags are not the new note's.
		expect(paper).not.toContain('literature-note');
		expect(v.files.get(ROFORMER)).toContain('\n> [!info] J. Su, Y. Lu, S. Pan, A. Murtadha, B. Wen, Y. Liu (2024), *Neurocomputing*\n');
		expect(v.files.get('Syllabus/Resources/YaRN talk.md')).toContain('\n> <https://www.youtube.com/watch?v=dc4chADushM> · video · cite as @{{citekey}}\n');
		const concept = v.files.get('Syllabus/Concepts/RoPE.md')!;
		expect(concept.slice(concept.indexOf('\n---\n') + 5)).toBe(
			'\n> [!quote] From your lists\n> Listed in [[Long-context reading group]] › Positions, line 7.\n\n' +
				'## What it is\n\n## Where I met RoPE\n[[Long-context reading group]] · [[Positions]]\n',
		);
		expect(concept).not.toContain('template');
		const topic = v.files.get('Syllabus/Topics/Positions.md')!;
		expect(topic.slice(topic.indexOf('%% syllabus:end %%'))).toBe('%% syllabus:end %%\n\n## Reading order for Positions\nA topic from [[Long-context reading group]].\n');
		expect(report.templateProblems).toEqual(['template variable {{citekey}} is not one Syllabus knows; left as written', 'template variable {{bibliography}} is not one Syllabus knows; left as written']);
	});

	it('leaves today’s body when there is no template', async () => {
		const v = new MemoryVault();
		const report = await importCatalog(v, catalog(), { folder: 'Syllabus', today: '2026-11-22' });
		expect(v.files.get(INTERPOLATION)).toMatch(/\n---\n\n> \[!quote\] About\n> read section 3 first\n> compare with YaRN: same idea, per-frequency\n> Listed in \[\[Long-context reading group\]\] › Positions, line 4\.\n\n## Notes\n\n$/);
		expect(report.templateProblems).toBeUndefined();
	});

	it('never renders a template into a note that exists: re-import with a template writes nothing', async () => {
		const v = new MemoryVault();
		await importCatalog(v, catalog(), { folder: 'Syllabus', today: '2026-11-22' });
		const mine = v.files.get(ROFORMER)!.replace('## Notes\n\n', '## Notes\n\nRotation, not addition: section 3.4.2 has the long-term decay.\n');
		v.files.set(ROFORMER, mine);
		const before = new Map(v.files);
		const again = await importCatalog(v, catalog(), OPTIONS);
		expect(writeCount(again)).toBe(0);
		expect(v.files).toEqual(before);
		expect(again.templateProblems ?? []).toEqual([]);
	});
});

describe('concepts an abstract mentions', () => {
	it('are suggested on a new note as a line in what Syllabus writes, not in the reader’s part', async () => {
		const c = catalog();
		Object.assign(c.resources.find((x) => x.arxiv === '2104.09864')!, roformerMetadata());
		const v = new MemoryVault();
		await importCatalog(v, c, OPTIONS);
		const paper = v.files.get(ROFORMER)!;
		// RoFormer's abstract names Rotary Position Embedding (RoPE) and positions: the list's concept and topic.
		expect(paper).toContain('> Listed in [[Long-context reading group]] › Positions, line 3.\n> Mentions: [[RoPE]], [[Positions]]\n\n# RoFormer');
		expect(paper).toContain('\n> [!abstract]\n> We encode position with a rotation of the query and key vectors');
		expect(v.files.get('Syllabus/Resources/YaRN talk.md')).not.toContain('Mentions:');
	});
});
