import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { CandidateStage, type Candidate } from './candidates';
import { passes } from './filters';
import { SearchIndex } from './index';
import { parseQuery } from './query';
import { mentionsPhrase, rankFuzzy } from './rank';
import type { SearchRecord } from './record';
import { normalize } from './text';
import { TopK } from './top';
import { Vocabulary } from './vocabulary';
import { candidateCap, RANKING } from './weights';
import { corpus, keystrokes, PHRASES, prng, QUALITY } from './__tests__/corpus';

const records = corpus(5_000);

/** Typed phrases from the corpus's own words, one in three with a letter dropped, as people mistype. */
function randomPhrases(n: number, seed: number): string[] {
	const rand = prng(seed);
	const words = records.slice(0, 400).flatMap((r) => normalize(r.title).split(' '));
	return Array.from({ length: n }, () => {
		let q = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => words[Math.floor(rand() * words.length)]!).join(' ');
		if (rand() < 0.33) {
			const k = Math.floor(rand() * q.length);
			q = q.slice(0, k) + q.slice(k + 1);
		}
		return q;
	});
}

/** Records filed under topics of several words, one listed otherwise and one whose About text mentions them. */
const placed: SearchRecord[] = [
	['arXiv:2309.17453', ['Week 1: Attention sinks'], [], []],
	['Why the first token draws so much weight', ['Week 1: Attention sinks'], ['first token weight'], []],
	['A field guide to long-context evaluation', ['Week 2: Retrieval instead of length'], [], ['touches on attention sinks in passing']],
	['Efficient streaming', ['Module 4: Efficient attention', 'Flash Attention'], ['StreamingLLM'], ['rolling cache']],
].map(([title, topics, listed, about], i) => ({
	id: `p-${i}`, type: 'resource' as const, title: title as string, aliases: [], topics: topics as string[], listed: listed as string[],
	about: about as string[], places: [], status: 'todo' as const, lists: ['Reading'], order: 20_000 + i,
}));

const typed = keystrokes([
	...PHRASES, ...QUALITY.map(([q]) => q), ...randomPhrases(60, 3), '#fine-tuning lora', 'kind:paper atention',
	'attention sinks', 'week 1 atention', 'efficient attention', 'streamingllm', 'rolling cache', 'sinks in passing',
]);

function vocabularyOf(rs: SearchRecord[]): Vocabulary {
	const v = new Vocabulary();
	for (const r of rs) v.upsert(r);
	return v;
}

function runStage(stage: CandidateStage, query: string): Candidate[] {
	const { text, filters } = parseQuery(query);
	const t = normalize(text);
	return t ? stage.run(t, filters, candidateCap(t.length)) : [];
}

describe('the candidate stage rescoring from the last keystroke', () => {
	it('gives exactly what a fresh stage gives, keystroke by keystroke', () => {
		const vocab = vocabularyOf([...records, ...placed]);
		const kept = new CandidateStage(vocab);
		for (const q of typed) expect(runStage(kept, q), q).toEqual(runStage(new CandidateStage(vocab), q));
	});

	it('stays exact when records are added, changed or removed between keystrokes', () => {
		const vocab = vocabularyOf(records.slice(0, 1_000));
		const kept = new CandidateStage(vocab);
		const extra: SearchRecord = { id: 'gqa', type: 'resource', title: 'Grouped Query Attention', aliases: ['GQA'], topics: ['Attention'], places: [], listed: [], about: [], status: 'todo', lists: [], order: 5 };
		const steps: [string, () => void][] = [
			['status:todo group', () => vocab.upsert(extra)],
			['status:todo groupe', () => vocab.patch('gqa', { status: 'done' })],
			['status:todo grouped', () => vocab.upsert({ ...extra, title: 'Grouped Queries' })],
			['grouped q', () => vocab.remove('gqa')],
			['grouped qu', () => undefined],
		];
		for (const [q, change] of steps) {
			// The same query before and after: nothing kept from before the change may leak into after.
			runStage(kept, q);
			change();
			expect(runStage(kept, q), q).toEqual(runStage(new CandidateStage(vocab), q));
		}
	});

	it('adds whole-number weights, so sums reached by different keystrokes compare exactly', () => {
		const keys = [
			'trigram', 'titleWord', 'titlePrefix', 'editWord', 'perEdit', 'placeWord', 'placePrefix', 'placeEdit', 'placePhrase',
			'aboutWord', 'aboutPrefix', 'aboutEdit', 'contextWord', 'contextPrefix', 'contextEdit',
		] as const;
		for (const k of keys) expect(Number.isInteger(RANKING[k]), k).toBe(true);
	});

	it('is not narrowing: a longer query can reach records the shorter one did not', () => {
		const vocab = vocabularyOf(records);
		const lora = vocab.byId.get(records.find((r) => r.title.startsWith('LoRA:'))!.id)!;
		const stage = new CandidateStage(vocab);
		expect(runStage(stage, 'lro').map((c) => c.slot)).not.toContain(lora);
		expect(runStage(stage, 'lroa').map((c) => c.slot)).toContain(lora);
	});
});

/** The ranking as it was before it learned to skip: fuse.js over every candidate, then the blend. */
function rankAll(vocab: Vocabulary, stage: Candidate[], raw: string, limit: number): { id: string; score: number }[] {
	const docs = stage.map(({ slot }) => {
		const { title, aliases, listed, topics, about } = vocab.records[slot]!;
		// The list lines' words are read with the topics, in one field (fuse-scores.ts).
		return { slot, title, compact: vocab.compacts[slot]!, aliases, topics: [...listed, ...topics], about };
	});
	const fuse = new Fuse(docs, { keys: RANKING.fuseKeys.map((k) => ({ ...k })), ignoreLocation: true, ignoreFieldNorm: true, includeScore: true, threshold: RANKING.fuseThreshold });
	const byFuse = new Map(fuse.search(raw.trim()).map((r) => [r.item.slot, r.score ?? 1]));
	const top = stage[0]?.hits || 1;
	const scored = stage.map(({ slot, hits }) => ({ slot, score: (byFuse.get(slot) ?? 1) * RANKING.fuseShare + (1 - hits / top) * RANKING.stageShare }));
	scored.sort((a, b) => a.score - b.score || vocab.records[a.slot]!.order - vocab.records[b.slot]!.order);
	const best = scored[0]?.score ?? 0;
	const shown = scored.filter((x) => x.score <= best + RANKING.tail || mentionsPhrase(vocab.records[x.slot]!, normalize(raw)));
	return shown.slice(0, limit).map(({ slot, score }) => ({ id: vocab.records[slot]!.id, score }));
}

describe('ranking only the candidates that can survive the tail', () => {
	it('ranks exactly as fuse.js over every candidate would', () => {
		const vocab = vocabularyOf(records.slice(0, 3_000));
		// Aliases (one blank, as fuse.js skips), and topics shared with the corpus.
		const aliased: [string, string[]][] = [['Grouped Query Attention', ['GQA', ' ', 'grouped-query attention']], ['Multi-Head Latent Attention', ['MLA', 'DeepSeek attention']]];
		aliased.forEach(([title, aliases], i) => vocab.upsert({ id: `a-${i}`, type: 'resource', title, aliases, topics: ['Attention', 'Inference'], places: [], listed: [], about: [], status: 'todo', lists: [], order: i }));
		for (const r of placed) vocab.upsert(r);
		const stage = new CandidateStage(vocab);
		const more = keystrokes(['gqa attention', 'deepseek atention', 'grouped query', 'attention sinks', 'streamingllm', 'rolling cache', 'in passing']);
		for (const q of [...typed.filter((_, i) => i % 3 === 0), ...more]) {
			const { text } = parseQuery(q);
			const cands = runStage(stage, q);
			if (normalize(text).length < RANKING.fuseMinLength || !cands.length) continue;
			for (const limit of [50, 5]) {
				const ranked = rankFuzzy(vocab, cands, text, limit).map((r) => ({ id: r.record.id, score: r.score }));
				expect(ranked, `${q} (${limit})`).toEqual(rankAll(vocab, cands, text, limit));
			}
		}
	});
});

describe('listing without words', () => {
	it('lists to-do first, then reading, done, skipped, each in study order, as a full sort would', () => {
		const some = records.slice(0, 2_000);
		const index = new SearchIndex(some);
		index.remove('r-1');
		// Listed once first, so the changes below must reach what the index keeps between queries.
		index.search('kind:paper', 10);
		for (let i = 0; i < some.length; i += 7) index.setOrder(`r-${i}`, 5_000 - i);
		for (let i = 0; i < 300; i += 3) index.setStatus(`r-${i}`, 'skipped');
		const rank = { todo: 0, reading: 1, done: 2, skipped: 3 };
		const live = some.map((r) => index.get(r.id)).filter((r) => r !== undefined);
		for (const query of ['', 'kind:paper', '-status:todo', 'status:skipped,done']) {
			const { filters } = parseQuery(query);
			const want = live.filter((r) => passes(r, filters)).sort((a, b) => rank[a.status] - rank[b.status] || a.order - b.order);
			expect(index.search(query, 40).map((r) => r.record.id), query).toEqual(want.slice(0, 40).map((r) => r.id));
		}
		expect(index.nextUp(5).map((r) => r.id)).toEqual(live.filter((r) => r.status === 'todo').sort((a, b) => a.order - b.order).slice(0, 5).map((r) => r.id));
	});
});

describe('TopK', () => {
	it('keeps the best k, best first', () => {
		const rand = prng(9);
		const xs = Array.from({ length: 1_000 }, () => Math.floor(rand() * 100_000));
		const top = new TopK(25, (a, b) => a > b);
		for (const x of xs) top.offer(x);
		expect(top.sorted()).toEqual([...xs].sort((a, b) => b - a).slice(0, 25));
	});
});
