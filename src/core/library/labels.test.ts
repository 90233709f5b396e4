/**
 * Sibling labels on the shapes real lists have: a weekly digest's headings
 * (from the fixture), the same with a year after each, a course's numbered
 * modules, siblings that share nothing, two siblings alone, a title that is
 * the series name itself. Each says which rule it holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siblingLabels } from './labels';

const DIGEST = readFileSync(join(__dirname, '__tests__/weekly-digest.md'), 'utf8');
const WEEKS = [...DIGEST.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
const RANGES = WEEKS.map((w) => /\((.+)\)$/.exec(w)![1]!);

describe('sibling labels', () => {
	it('drops the digest name every weekly heading repeats, and the brackets it leaves', () => {
		expect(WEEKS).toHaveLength(12);
		expect(WEEKS[0]).toBe('Top ML Papers of the Week (May 6 - May 12)');
		expect(siblingLabels(WEEKS)).toEqual(RANGES);
		expect(RANGES.slice(0, 2)).toEqual(['May 6 - May 12', 'April 29 - May 5']);
	});

	it('drops a year every heading ends with, and keeps it where the years differ', () => {
		expect(siblingLabels(WEEKS.map((w) => `${w} - 2024`))).toEqual(RANGES);
		expect(siblingLabels(WEEKS.map((w) => `${w}, 2024`))).toEqual(RANGES);
		// Across the new year the year tells weeks apart: it stays, with the range's brackets.
		const years = WEEKS.map((w, i) => `${w} - ${i < 6 ? 2024 : 2023}`);
		expect(siblingLabels(years).slice(5, 7)).toEqual(['(April 1 - April 7) - 2024', '(March 25 - March 31) - 2023']);
		// Siblings in no series lose a shared dated suffix too.
		expect(siblingLabels(['Reading group 1 - 2024', 'Reading group 2 - 2024', 'Reading group 3 - 2024'])).toEqual(['Reading group 1', 'Reading group 2', 'Reading group 3']);
	});

	it('keeps numbered modules whole: "Module" is short and the number is the module\'s name', () => {
		const modules = ['Module 1: Foundations', 'Module 2: Convolutional networks', 'Module 3: Sequence models', 'Module 4: Efficient attention', 'Module 5: Fine-tuning'];
		expect(siblingLabels(modules)).toEqual(modules);
		// A short series name leaves what follows it in sight at 300 px: it stays.
		const mit = ['MIT 6.042J - Probability Introduction', 'MIT 6.042J - Conditional Probability', 'MIT 6.042J - Independence'];
		expect(siblingLabels(mit)).toEqual(mit);
		const lectures = ['Stanford CS224N: Lecture 1', 'Stanford CS224N: Lecture 2', 'Stanford CS224N: Lecture 3'];
		expect(siblingLabels(lectures)).toEqual(['Lecture 1', 'Lecture 2', 'Lecture 3']);
	});

	it('leaves siblings that share nothing, or only a phrase, as they are', () => {
		const topics = ['Attention', 'Tokenization', 'Embeddings', 'Flash Attention', 'Mixture of Experts', 'DPO'];
		expect(siblingLabels(topics)).toEqual(topics);
		// A shared phrase is not a series name: no separator, and the rest starts in lower case.
		const phrases = ['Introduction to deep learning', 'Introduction to deep reinforcement learning', 'Introduction to deep generative models'];
		expect(siblingLabels(phrases)).toEqual(phrases);
		// One word in brackets qualifies a name ("(video)", the import's own "(article) 2"): the name stays.
		const kinds = ['Probabilistic Graphical Models (video)', 'Probabilistic Graphical Models (video) 2', 'Probabilistic Graphical Models (article) 2'];
		expect(siblingLabels(kinds)).toEqual(kinds);
		// A shared kind in brackets is not dropped from siblings in no series.
		expect(siblingLabels(['Flash Attention (repo)', 'Mamba (repo)', 'vLLM (repo)'])).toEqual(['Flash Attention (repo)', 'Mamba (repo)', 'vLLM (repo)']);
	});

	it('shortens two siblings that are all there is, but not two among many', () => {
		expect(siblingLabels(WEEKS.slice(0, 2))).toEqual(RANGES.slice(0, 2));
		const many = [...WEEKS.slice(0, 2), 'About this digest', 'How we pick papers', 'Archive', 'Contributors'];
		expect(siblingLabels(many)).toEqual(many);
		// Three of a series among others: the series is shortened, the others stay.
		const some = [...WEEKS.slice(0, 3), 'About this digest'];
		expect(siblingLabels(some)).toEqual([...RANGES.slice(0, 3), 'About this digest']);
	});

	it('drops a long series name with no separator only before a number or a capital', () => {
		const rust = ['This Week in Rust 540', 'This Week in Rust 539', 'This Week in Rust 538'];
		expect(siblingLabels(rust)).toEqual(['540', '539', '538']);
		// Not a plain phrase ("CSE373 2012 - Lecture"): "11 - Graph Data Structures" would lose its "Lecture".
		const cse = ['CSE373 2012 - Lecture 11 - Graph Data Structures', 'CSE373 2012 - Lecture 12 - Breadth-First Search', 'CSE373 2012 - Lecture 13 - Graph Algorithms'];
		expect(siblingLabels(cse)).toEqual(cse);
		const ai = ['Last Week in AI #171: Sora', 'Last Week in AI #170: Gemini', 'Last Week in AI #169: Mamba'];
		expect(siblingLabels(ai)).toEqual(['#171: Sora', '#170: Gemini', '#169: Mamba']);
	});

	it('never leaves a label empty: a title that is the series name alone, or nothing after it but marks', () => {
		const titles = ['Top ML Papers of the Week', ...WEEKS.slice(0, 3), 'Top ML Papers of the Week ( - )'];
		expect(siblingLabels(titles)).toEqual(['Top ML Papers of the Week', ...RANGES.slice(0, 3), 'Top ML Papers of the Week ( - )']);
		expect(siblingLabels(['Short', 'Top ML Papers of the Week (May 6 - May 12)'])).toEqual(['Short', 'Top ML Papers of the Week (May 6 - May 12)']);
		expect(siblingLabels(['Only one title here'])).toEqual(['Only one title here']);
		expect(siblingLabels([])).toEqual([]);
	});

	it('never gives two siblings the same label unless their titles are the same', () => {
		// "Part 1" once shortened, once a title of its own: the shortened one stays whole.
		const parts = ['Reading group notes: Part 1', 'Reading group notes: Part 2', 'Reading group notes: Part 3', 'Part 1'];
		expect(siblingLabels(parts)).toEqual(['Reading group notes: Part 1', 'Part 2', 'Part 3', 'Part 1']);
		// The same week under two headings: the same label is honest.
		const twice = [WEEKS[0]!, WEEKS[0]!, WEEKS[1]!];
		expect(siblingLabels(twice)).toEqual([RANGES[0], RANGES[0], RANGES[1]]);
	});

	it('on any titles: a label is a non-empty piece of its title, and distinct titles get distinct labels', () => {
		const word = fc.constantFrom('Top', 'ML', 'Papers', 'of', 'the', 'Week', '(May', '6', '-', 'May', '12)', '2024', ':', 'Part', '1', '(', ')', '[x]', 'Week:');
		const title = fc.array(word, { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
		fc.assert(fc.property(fc.array(title, { minLength: 1, maxLength: 12 }), (titles) => {
			const labels = siblingLabels(titles);
			expect(labels).toHaveLength(titles.length);
			labels.forEach((l, i) => {
				expect(l.trim()).not.toBe('');
				expect(titles[i]!.replace(/\s+/g, ' ')).toContain(l);
				labels.forEach((m, j) => {
					if (l.toLowerCase() === m.toLowerCase()) expect(titles[i]).toBe(titles[j]);
				});
			});
		}), { numRuns: 400 });
	});
});
