import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatchToObject, applyPatchToText, composeNewNote, patchNeeded, readProperties, scalarText, splitNote } from './frontmatter';
import type { PropertyPatch } from './frontmatter';

/** `patchChanges` as first written (entries, `map`, `filter`; an empty patch for no change), before `patchNeeded` made nothing for a note that needs nothing. */
function patchChangesAsWritten(properties: Record<string, unknown>, patch: PropertyPatch, same: (key: string, a: string, b: string) => boolean): PropertyPatch {
	const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(scalarText) : value === undefined || value === null || value === '' ? [] : [scalarText(value)]);
	const out: PropertyPatch = { set: {}, add: {} };
	for (const [k, v] of Object.entries(patch.set)) if (scalarText(properties[k]) !== String(v)) out.set[k] = v;
	for (const [k, values] of Object.entries(patch.add)) {
		if (!values.length) continue;
		const have = asList(properties[k]);
		const missing = values.filter((v, i) => !have.includes(v) && !have.some((h) => same(k, h, v)) && !values.slice(0, i).some((p) => same(k, p, v)));
		if (missing.length) out.add[k] = missing;
	}
	return out;
}

describe('applyPatchToText', () => {
	const note = '---\n# my comment\nstatus: done   # finished it\nrating: 5\ntopics: ["[[A]]"]\naliases:\n  - Old name\n---\nMy own notes.\n\n---\nA rule in the body.\n';

	it('changes only the patched properties and never the body', () => {
		const out = applyPatchToText(note, { set: { kind: 'paper' }, add: { topics: ['[[B]]'], aliases: ['New'] } })!;
		expect(out).toContain('# my comment');
		expect(out).toContain('status: done # finished it');
		expect(out).toContain('rating: 5');
		expect(out.endsWith('My own notes.\n\n---\nA rule in the body.\n')).toBe(true);
		expect(readProperties(out)).toEqual({
			properties: { status: 'done', rating: 5, topics: ['[[A]]', '[[B]]'], aliases: ['Old name', 'New'], kind: 'paper' },
		});
	});

	it('turns a text value into a list when adding to it', () => {
		const out = applyPatchToText('---\ntopics: "[[A]]"\n---\n', { set: {}, add: { topics: ['[[B]]'] } })!;
		expect(readProperties(out)).toEqual({ properties: { topics: ['[[A]]', '[[B]]'] } });
	});

	it('adds front matter to a note without it', () => {
		const out = applyPatchToText('Body only.\n', { set: { url: 'https://a.io/' }, add: {} })!;
		expect(splitNote(out)).toEqual({ frontMatter: 'url: https://a.io/', body: 'Body only.\n' });
	});

	it('refuses front matter that is not valid YAML', () => {
		expect(applyPatchToText('---\nstatus: [unclosed\n---\nbody', { set: { a: 'b' }, add: {} })).toBeNull();
		expect(readProperties('---\nstatus: [unclosed\n---\nbody')).toMatchObject({ raw: 'status: [unclosed' });
	});
});

describe('patchNeeded', () => {
	const same = (_k: string, a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

	it('keeps only what is missing', () => {
		const props = { kind: 'paper', topics: ['[[A]]'], aliases: 'X' };
		expect(patchNeeded(props, { set: { kind: 'paper' }, add: { topics: ['[[a]]'], aliases: ['x'] } }, same)).toBeUndefined();
		expect(patchNeeded(props, { set: { kind: 'paper', arxiv: '1' }, add: { topics: ['[[a]]', '[[B]]', '[[B]]'], aliases: ['x'] } }, same)).toEqual({
			set: { arxiv: '1' },
			add: { topics: ['[[B]]'] },
		});
	});

	it('answers as it was first written, and leaves the properties as they were', () => {
		const word = fc.constantFrom('[[A]]', '[[a]]', '[[B]]', 'x', 'X', '', '1', 'paper');
		const value = fc.oneof(word, fc.integer({ min: 0, max: 2 }), fc.constant(null), fc.array(fc.oneof(word, fc.integer({ min: 0, max: 2 })), { maxLength: 4 }));
		const key = fc.constantFrom('kind', 'topics', 'aliases', 'year');
		const props = fc.dictionary(key, value);
		const patch = fc.record({ set: fc.dictionary(key, fc.oneof(word, fc.integer({ min: 0, max: 2 }))), add: fc.dictionary(key, fc.array(word, { maxLength: 4 })) });
		fc.assert(fc.property(props, patch, (p, change) => {
			const before = JSON.stringify(p);
			const want = patchChangesAsWritten(p, change, same);
			const empty = !Object.keys(want.set).length && !Object.keys(want.add).length;
			expect(patchNeeded(p, change, same)).toEqual(empty ? undefined : want);
			expect(JSON.stringify(p)).toBe(before);
		}), { numRuns: 5000 });
	});

	it('applies to plain objects the way processFrontMatter hands them over', () => {
		const fm: Record<string, unknown> = { topics: '[[A]]' };
		applyPatchToObject(fm, { set: { kind: 'repo' }, add: { topics: ['[[B]]'], lists: ['[[L]]'] } });
		expect(fm).toEqual({ topics: ['[[A]]', '[[B]]'], kind: 'repo', lists: ['[[L]]'] });
	});
});

describe('splitNote', () => {
	it('finds the front matter fences exactly', () => {
		expect(splitNote('---\na: 1\n---\nbody')).toEqual({ frontMatter: 'a: 1', body: 'body' });
		expect(splitNote('---\n---\nbody')).toEqual({ frontMatter: '', body: 'body' });
		expect(splitNote('---\na: 1\n---')).toEqual({ frontMatter: 'a: 1', body: '' });
		expect(splitNote('---\r\na: 1\r\n---\r\nbody')).toEqual({ frontMatter: 'a: 1', body: 'body' });
		expect(splitNote('---\na: 1\n----\nx\n---  \nbody')).toEqual({ frontMatter: 'a: 1\n----\nx', body: 'body' });
		expect(splitNote('---\na: 1\nno end')).toEqual({ body: '---\na: 1\nno end' });
		expect(splitNote('text\n---\nx\n---\n')).toEqual({ body: 'text\n---\nx\n---\n' });
	});
});

describe('composeNewNote', () => {
	// Values near every edge of the fast writer's plain and quoted shapes.
	const tricky = ['', 'null', 'Null', '~', 'true', 'no', 'y', '12', '-3', '1e5', '0x1f', '.inf', '.', '(x)', '1:30', '1.2.3', "it's", 'a: b', 'a #b', 'ends:', 'ends ',
		'[[Topic]]', '[[A|b]]', 'é ü 漢字', 'x, y & z', '50%', 'a+b=c?', 'line\nbreak', ' lead', '"quoted"', '- dash', '*star'];

	it('vouches only for properties that read back exactly as given', () => {
		for (const v of tricky) {
			for (const props of [{ 'syllabus-id': 'r1', title: v, order: 3, year: -12 }, { 'syllabus-id': 'r1', topics: [v, '[[T]]'] }]) {
				const { content, readBack } = composeNewNote(props, '\n## Notes\n\n');
				if (readBack) expect(readProperties(content), JSON.stringify(v)).toEqual({ properties: readBack });
			}
		}
		// The fast writer's shapes are the common ones: they are vouched for.
		expect(composeNewNote({ 'syllabus-id': 'r1', title: 'Attention', topics: ['[[ML]]'] }, '').readBack).toBeDefined();
	});

	it('vouches for nothing the fast writer declines, or a key every object inherits', () => {
		expect(composeNewNote({ title: 'line\nbreak' }, '').readBack).toBeUndefined();
		expect(composeNewNote({ added: new Date(0) }, '').readBack).toBeUndefined();
		expect(composeNewNote({ constructor: 'x' }, '').readBack).toBeUndefined();
	});
});
