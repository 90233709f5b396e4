import { describe, expect, it } from 'vitest';
import { linkMentions, sentenceAround, unlinkMentions } from './edit';
import { findMentions, type MentionTarget } from './find';

const targets: MentionTarget[] = [
	{ key: 'Syllabus/Concepts/RoPE.md', title: 'RoPE', aliases: ['rotary embeddings'] },
	{ key: 'Syllabus/Concepts/KV cache.md', title: 'KV cache', aliases: [] },
];
const linkFor = (key: string, written: string): string => {
	const title = key.replace(/^.*\//, '').replace(/\.md$/, '');
	return written === title ? `[[${title}]]` : `[[${title}|${written}]]`;
};
const note = '---\nstatus: reading\n---\n\n## Notes\n\nThe model uses rotary embeddings. RoPE scales; the kv cache is paged.\n';

describe('linking mentions', () => {
	it('writes [[Concept|as written]] for the chosen mentions and nothing else', () => {
		const ms = findMentions(note, targets).filter((m) => m.checked);
		const edit = linkMentions(note, ms, linkFor);
		expect(edit.text).toBe('---\nstatus: reading\n---\n\n## Notes\n\nThe model uses [[RoPE|rotary embeddings]]. RoPE scales; the [[KV cache|kv cache]] is paged.\n');
		expect(edit.links.map((l) => l.written)).toEqual(['rotary embeddings', 'kv cache']);
	});

	it('escapes the link’s pipe in a table row, so the cell stays whole', () => {
		const table = '| Paper | Idea |\n| --- | --- |\n| RoFormer | rotary embeddings |\n';
		const edit = linkMentions(table, findMentions(table, targets), linkFor);
		expect(edit.text).toBe('| Paper | Idea |\n| --- | --- |\n| RoFormer | [[RoPE\\|rotary embeddings]] |\n');
		expect(unlinkMentions(edit.text, edit.links).text).toBe(table);
	});

	it('skips a mention whose words changed since it was found', () => {
		const ms = findMentions(note, targets);
		const changed = note.replace('rotary embeddings', 'rotary embedding!');
		expect(linkMentions(changed, ms, linkFor).links.map((l) => l.written)).toEqual(['RoPE', 'kv cache']);
	});
});

describe('undoing links', () => {
	const ms = findMentions(note, targets);
	const edit = linkMentions(note, ms, linkFor);

	it('puts back exactly the text before', () => {
		expect(unlinkMentions(edit.text, edit.links)).toEqual({ text: note, missing: 0 });
	});

	it('keeps what the reader typed since, before and between the links', () => {
		const typed = `Intro line.\n${edit.text.replace('scales;', 'scales well;')}More.\n`;
		expect(unlinkMentions(typed, edit.links).text).toBe(`Intro line.\n${note.replace('scales;', 'scales well;')}More.\n`);
	});

	it('leaves a link the reader changed since and counts it', () => {
		const changed = edit.text.replace('[[KV cache|kv cache]]', '[[KV cache|the cache]]');
		const undone = unlinkMentions(changed, edit.links);
		expect(undone.missing).toBe(1);
		expect(undone.text).toContain('uses rotary embeddings.');
		expect(undone.text).toContain('[[KV cache|the cache]]');
	});
});

describe('the sentence around a mention', () => {
	it('is the sentence that holds it, split at the mention', () => {
		const [, rope] = findMentions(note, targets);
		expect(sentenceAround(note, rope!)).toEqual({ before: '', mention: 'RoPE', after: ' scales; the kv cache is paged.' });
	});

	it('is cut with an ellipsis in a long sentence', () => {
		const text = `${'word '.repeat(40)}RoPE${' more'.repeat(40)}`;
		const s = sentenceAround(text, findMentions(text, targets)[0]!, 20);
		expect(s.before.startsWith('…')).toBe(true);
		expect(s.after.endsWith('…')).toBe(true);
		expect(s.before.length).toBeLessThanOrEqual(21);
	});
});
