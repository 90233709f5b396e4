/**
 * The single-pass text rules give what the regular-expression chains they
 * replaced gave (`__tests__/reference.ts`), on every line of the seeds, the
 * wild fixtures and the benchmark's list, and on generated text built from
 * the characters the rules look at.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { isGenericLabel, labelWords, takeStatusMarkers, titleKey, trimAndCollapse, trimSeparators } from './clean';
import { balanceBrackets, finishTitle, fromBrowserTab, tidyTitle } from './title';
import { readVenueTag } from './venue';
import * as ref from './__tests__/reference';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
const LINES = [...new Set([...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), syntheticList(2000, 5)].flatMap((t) => t.split('\n')))];

const PIECES = [
	' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '-', '–', '—', ':', ';', ',', '|', '>', '<', '=', '~', '*', '**', '`', '[', ']', '(', ')', '](', '#', '1.', '12)', '[3]', '(4)', '#5 ',
	':star:', ':+1:', '⭐', '★', '☆', '🌟', '\uFE0F', '<br>', '<img src="x"', '<br', '&amp;', '.', '!', '?', '. A', 'et al.', 'e.g. ', '"', '“', '”', "'", '«', '»',
	'[done]', '(DONE)', '[wip]', '(in progress)', '[Skipped]', '✅', '✔️', '☑', '📖', '[2106.01234] ', 'GitHub - a/b: ', ' | OpenReview', ' - YouTube', ' · Medium.com', ' | by X Y | Medium', ' - X',
	'Hugging Face', 'Papers with Code', 'É', 'é', 'ß', 'ﬁ', 'K', 'İ', 'Paper', 'code', 'PDF', 'link', '123', 'abc', 'Flash Attention', 'x', 'documentation', 'Documentation!', '12345678901234', 'a1b2c3d4e5f6g7',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 24 }).map((a) => a.join(''));

function same(s: string): void {
	expect(trimSeparators(s), s).toBe(ref.trimSeparators(s));
	expect(trimAndCollapse(s), s).toBe(ref.trimSeparators(s.replace(/\s+/g, ' ')).trim());
	expect(titleKey(s), s).toBe(ref.titleKey(s));
	expect(labelWords(s), s).toBe(ref.normalLabel(s));
	// The shortcut for long titles answers as the words themselves would.
	expect(isGenericLabel(s), s).toBe(isGenericLabel(ref.normalLabel(s)));
	expect(tidyTitle(s), s).toBe(ref.tidyTitle(s));
	expect(balanceBrackets(s), s).toBe(ref.balanceBrackets(s));
	expect(balanceBrackets(s, false), s).toBe(ref.balanceBrackets(s, false));
	expect(fromBrowserTab(s), s).toBe(ref.fromBrowserTab(s));
	expect(finishTitle(s), s).toEqual(ref.finishTitle(s));
	expect(readVenueTag(s), s).toEqual(ref.readVenueTag(s));
	const markers = takeStatusMarkers(s);
	const old = ref.statusMarkers(s);
	expect(markers.text, s).toBe(old.text);
	expect(markers.status !== undefined, s).toBe(old.found.some(Boolean));
}

const SITES = ['OpenReview', 'YouTube', 'arXiv', 'Medium', 'GitHub', 'Hugging Face', 'HuggingFace', 'Papers with Code', 'Papers With Code', 'Semantic Scholar', 'ACL Anthology', 'Substack', 'Towards Data Science', 'Google Scholar', 'ResearchGate', 'Wikipedia', 'Reddit', 'LinkedIn', 'Twitter', 'X', 'Coursera', 'Distill', 'NeurIPS', 'PMLR'];
const TABS = SITES.flatMap((site) => [`A Title | ${site}`, `A Title - ${site}.com`, `A Title · by Jo Ro | ${site}`, `A Title —\t${site}.io`, `A Title - ${site}x`, `A Title -${site}`]);

describe('the single-pass text rules agree with the regular-expression chains', () => {
	it('on every line of the seeds, the wild fixtures and the benchmark list', () => {
		expect(LINES.length).toBeGreaterThan(1000);
		for (const l of LINES) same(l);
	});

	it('on titles pasted from every site the tab rule knows', () => {
		for (const t of TABS) same(t);
	});

	it('on generated text made of the characters the rules look at', () => {
		fc.assert(fc.property(text, same), { numRuns: 4000 });
	});

	it('on venue tags padded to about the length a tag may have', () => {
		// Markup and white space a tag sheds, and words and punctuation it may keep.
		const markup = fc.array(fc.constantFrom('*', '**', '_', '`', ' ', '\t', '\u00a0'), { maxLength: 40 }).map((a) => a.join(''));
		const words = fc.array(fc.constantFrom('*', ' ', 'a', 'B', '1', ',', '.', ':'), { maxLength: 40 }).map((a) => a.join(''));
		const pad = fc.oneof(markup, words);
		const venue = fc.constantFrom('ICLR 2022', 'Findings of EMNLP 2023', "NeurIPS'22", 'arXiv', 'arxiv, 14.12', '2019 CVPR', 'Advances in Neural Information Processing Systems 2020', 'A Long Venue Name Of Words 2021');
		const agrees = (s: string): void => {
			expect(readVenueTag(s), s).toEqual(ref.readVenueTag(s));
		};
		fc.assert(fc.property(pad, venue, pad, (a, v, b) => agrees(a + v + b)), { numRuns: 4000 });
		// A year, as many commas as bring the tag to its longest (`2019,,,, CVPR`), and markup around it past that length.
		for (let n = 28; n <= 46; n++) for (let m = 0; m <= 12; m++) for (const end of ['', '.', ' ', '*']) for (const sep of ['', ' ']) agrees(`${'*'.repeat(m)}2019${','.repeat(n)}${sep}CVPR${end}`);
	});
});
