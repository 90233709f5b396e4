/**
 * Link targets are read with string operations for speed; they must answer
 * exactly as the wikilink pattern they replace, on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinkResolver, linkTarget, linkTargets, wikilinkWords } from './wikilinks';

/** The pattern `linkTarget` was first written with. */
const byPattern = (value: string): string | undefined => /^\s*!?\[\[([^\]|]+)(?:\|[^\]]*)?\]\]\s*$/.exec(value)?.[1]?.trim();

describe('linkTarget', () => {
	it('reads what the wikilink pattern reads, and declines what it declines', () => {
		const text = fc.string({ unit: fc.constantFrom(...'[]|!# a/B.\t\n\u00a0'.split('')), maxLength: 14 });
		fc.assert(fc.property(text, (v) => {
			expect(linkTarget(v)).toBe(byPattern(v));
		}), { numRuns: 20000 });
		const wrapped = fc.tuple(fc.constantFrom('', ' ', '!', ' !'), text, fc.constantFrom(']]', ']] ', ']'));
		fc.assert(fc.property(wrapped, ([a, b, c]) => {
			expect(linkTarget(`${a}[[${b}${c}`)).toBe(byPattern(`${a}[[${b}${c}`));
		}), { numRuns: 20000 });
		for (const v of ['[[A]]', ' ![[A|b]] ', '[[A|b|c]]', '[[ ]]', '[[]]', '[[A]]]', '[[A]', '![[]]', '[[A#h|x]]']) expect(linkTarget(v), v).toBe(byPattern(v));
	});
});

describe('wikilinks in running text', () => {
	it('are read by one pattern: targets without their heading, never across a line, not a link into the same note', () => {
		expect(linkTargets('See [[Attention#Scaled dot|the paper]], ![[Figure 1.png]] and [[#Local heading]]; [[Broken\nacross]] is not one.')).toEqual(['Attention', 'Figure 1.png']);
		expect(wikilinkWords('Read [[Syllabus/Resources/FlashAttention|FlashAttention]] after [[RoPE#Results]].')).toBe('Read FlashAttention after RoPE#Results.');
	});
});

describe('LinkResolver', () => {
	it('claims a free note path as adding it would, and refuses a path or name taken in any case', () => {
		const claimed = new LinkResolver(['A/Note.md', 'B/Other.md']);
		const added = new LinkResolver(['A/Note.md', 'B/Other.md']);
		expect(claimed.claim('S/new.md', 'note')).toBe(false);
		expect(claimed.claim('b/other.MD', 'x')).toBe(false);
		expect(claimed.claim('S/Ünïcode Name.md', 'ünïcode name')).toBe(true);
		added.add('S/Ünïcode Name.md');
		for (const q of ['Ünïcode Name', 'ünïcode name', 'S/Ünïcode Name', 'Note', 'new']) expect(claimed.resolve(q), q).toBe(added.resolve(q));
		expect(claimed.linktext('S/Ünïcode Name.md')).toBe(added.linktext('S/Ünïcode Name.md'));
		expect(claimed.hasPath('s/ünïcode name.md')).toBe(true);
		expect(() => claimed.claim('S/Base.base', 'base')).toThrow();
	});

	it('answers again after a path is added or removed, not from what it remembered', () => {
		const r = new LinkResolver(['A/Note.md']);
		expect(r.resolve('Note')).toBe('A/Note.md');
		expect(r.linktext('A/Note.md')).toBe('Note');
		r.add('B/Note.md');
		expect(r.linktext('A/Note.md')).toBe('A/Note');
		r.remove('A/Note.md');
		expect(r.resolve('Note')).toBe('B/Note.md');
		expect(r.linktext('B/Note.md')).toBe('Note');
	});
});
