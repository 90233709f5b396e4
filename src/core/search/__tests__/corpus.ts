/**
 * A deterministic corpus of study items in the seeds' vocabulary, for the
 * search tests and the benchmark: a few known items to find among thousands
 * of look-alikes.
 */
import type { Kind, Status } from '../../types';
import type { SearchRecord } from '../index';

/** A small seeded PRNG (mulberry32), so every run sees the same corpus. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Items the queries are meant to find. */
export const TARGETS: { title: string; topics: string[]; kind: Kind }[] = [
	{ title: 'Flash Attention', topics: ['Attention'], kind: 'repo' },
	{ title: 'Paged Attention', topics: ['Attention', 'Inference'], kind: 'docs' },
	{ title: 'LoRA: Low-Rank Adaptation of Large Language Models', topics: ['Fine-tuning', 'PEFT'], kind: 'paper' },
	{ title: 'The Illustrated Transformer', topics: ['Transformers'], kind: 'article' },
	{ title: 'Mixtral of Experts', topics: ['Mixture of Experts'], kind: 'paper' },
	{ title: 'RLHF: Reinforcement Learning from Human Feedback', topics: ['Training'], kind: 'article' },
	{ title: 'Mamba: Linear-Time Sequence Modeling', topics: ['Other architectures'], kind: 'paper' },
	{ title: 'Ring Attention with Blockwise Transformers', topics: ['Attention'], kind: 'paper' },
	{ title: 'QLoRA: Efficient Finetuning of Quantized LLMs', topics: ['Fine-tuning', 'PEFT'], kind: 'paper' },
	{ title: 'Speculative Decoding', topics: ['Inference'], kind: 'article' },
];

const WORDS = [
	'scaling', 'laws', 'neural', 'language', 'models', 'vision', 'diffusion', 'sparse', 'dense', 'retrieval', 'augmented',
	'generation', 'efficient', 'training', 'inference', 'quantization', 'distillation', 'pruning', 'tokenizer', 'embeddings',
	'positional', 'rotary', 'encoding', 'alignment', 'preference', 'optimization', 'reward', 'policy', 'agents', 'planning',
	'reasoning', 'chain', 'thought', 'memory', 'kernels', 'triton', 'cuda', 'parallel', 'pipeline', 'sharded', 'mixture',
	'experts', 'routing', 'convolutional', 'recurrent', 'state', 'space', 'graph', 'multimodal', 'speech', 'video',
	'benchmark', 'evaluation', 'survey', 'primer', 'tutorial', 'notes', 'lecture', 'guide', 'deep', 'dive', 'intro',
];
const TOPICS = ['Attention', 'Fine-tuning', 'Inference', 'Training', 'Transformers', 'Agents', 'Vision', 'RAG', 'Kernels', 'Evaluation'];
const KINDS: Kind[] = ['paper', 'repo', 'video', 'article', 'docs', 'course', 'book', 'post', 'site'];
const STATUSES: Status[] = ['todo', 'todo', 'todo', 'reading', 'done', 'skipped'];

/** `n` records: the targets spread through look-alike titles. */
export function corpus(n: number, seed = 42): SearchRecord[] {
	const rand = prng(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
	const records: SearchRecord[] = [];
	const every = Math.max(1, Math.floor(n / TARGETS.length));
	for (let i = 0; i < n; i++) {
		const target = i % every === every - 1 ? TARGETS[Math.floor(i / every)] : undefined;
		const words = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pick(WORDS));
		const title = target?.title ?? words.map((w, k) => (k === 0 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
		const topics = target?.topics ?? [pick(TOPICS), pick(TOPICS)];
		records.push({
			id: `r-${i}`,
			type: rand() < 0.1 && !target ? 'concept' : 'resource',
			title,
			aliases: [],
			topics,
			places: [{ list: 'Reading.md', listTitle: 'Reading', trail: topics }],
			listed: [],
			about: [],
			kind: target?.kind ?? pick(KINDS),
			status: target ? 'todo' : pick(STATUSES),
			url: `https://example.org/${words.join('-')}-${i}`,
			lists: ['Reading'],
			order: i,
		});
	}
	return records;
}

/** What the benchmark types, one keystroke at a time: typos, run-together words and filters included. */
export const PHRASES = ['flash attention', 'illustrated transformer', 'paged attention', 'mixture of experts', 'speculative decoding', 'atention', 'lroa', 'ilustrated transfromer', 'flashattention', 'pagedattention', 'mixtrl', 'status:todo kind:paper rl'];

/** Each query beside the title it is meant to find in the top five. */
export const QUALITY: [string, string][] = [
	['flash attention', 'Flash Attention'], ['paged attention', 'Paged Attention'], ['illustrated transformer', 'The Illustrated Transformer'],
	['lora', 'LoRA: Low-Rank Adaptation of Large Language Models'], ['qlora', 'QLoRA: Efficient Finetuning of Quantized LLMs'], ['mixtral', 'Mixtral of Experts'],
	['rlhf', 'RLHF: Reinforcement Learning from Human Feedback'], ['mamba', 'Mamba: Linear-Time Sequence Modeling'], ['ring attention', 'Ring Attention with Blockwise Transformers'],
	['speculative', 'Speculative Decoding'], ['atention flash', 'Flash Attention'], ['lroa', 'LoRA: Low-Rank Adaptation of Large Language Models'],
	['ilustrated transfromer', 'The Illustrated Transformer'], ['mixtrl', 'Mixtral of Experts'], ['flashatention', 'Flash Attention'], ['flashattention', 'Flash Attention'], ['pagedattention', 'Paged Attention'],
];

/** Every prefix of each phrase: what a person types, one keystroke at a time. */
export function keystrokes(phrases: string[]): string[] {
	return phrases.flatMap((p) => Array.from({ length: p.length }, (_, i) => p.slice(0, i + 1)));
}
