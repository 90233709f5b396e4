/**
 * Deterministic synthetic reading lists in the seeds' styles — nested
 * numbered outlines with tabs, Notion bullets of `[title](url)`, bare
 * `label: url` lines, tables, admonitions, duplicates across lists — for the
 * benchmark. The same seed always gives the same bytes.
 */
import { prng } from '../core/search/__tests__/corpus';

const TOPICS = ['Attention', 'Embeddings', 'Fine-tuning', 'Quantization', 'Inference', 'Agents', 'RAG', 'Vision', 'Training', 'Kernels', 'Evaluation', 'Tokenization'];
const SUB = ['Papers', 'Blogs', 'Code', 'Videos', 'Courses', 'Methods', 'Surveys'];
const WORDS = ['flash', 'paged', 'ring', 'sparse', 'linear', 'rotary', 'low-rank', 'quantized', 'efficient', 'scalable', 'neural', 'vision', 'language', 'diffusion', 'retrieval', 'mixture', 'experts', 'attention', 'transformer', 'adapter', 'kernel', 'decoding', 'speculative', 'preference', 'alignment', 'reward', 'distillation', 'pruning', 'memory', 'context'];
const HOSTS = ['https://arxiv.org/abs/', 'https://github.com/', 'https://www.youtube.com/watch?v=', 'https://lilianweng.github.io/posts/', 'https://magazine.sebastianraschka.com/p/', 'https://huggingface.co/docs/', 'https://medium.com/@writer/'];

/** A list of about `n` resources in a mix of the seeds' dialects. */
export function syntheticList(n: number, seed = 1): string {
	const rand = prng(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
	const title = (): string => Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(WORDS)).map((w, i) => (i ? w : w[0]!.toUpperCase() + w.slice(1))).join(' ');
	const url = (i: number): string => {
		// One item in twenty repeats an earlier one, as the seeds share links.
		const k = i > 20 && rand() < 0.05 ? Math.floor(rand() * i) : i;
		const h = HOSTS[k % HOSTS.length]!;
		if (h.includes('arxiv')) return `${h}${2300 + (k % 600)}.${String(10000 + k).slice(-5)}${rand() < 0.3 ? 'v2' : ''}`;
		if (h.includes('youtube')) return `${h}${(k.toString(36) + 'abcdefghijk').slice(0, 11)}`;
		return `${h}${title().toLowerCase().replace(/ /g, '-')}-${k}`;
	};
	const lines: string[] = ['---', `title: Synthetic list ${seed}`, '---', ''];
	let i = 0;
	let section = 0;
	while (i < n) {
		const style = section % 4;
		lines.push(style === 2 ? `## ${pick(TOPICS)} ${section}` : `${pick(TOPICS)} ${section}`, '');
		const count = 40 + Math.floor(rand() * 80);
		if (style === 3) {
			lines.push('| Title | Topic | Comments |', '| --- | --- | --- |');
			for (let k = 0; k < count && i < n; k++, i++) lines.push(`| [${title()}](${url(i)}) {% cite x${i} %}| ${pick(SUB)} | ${title()} |`);
		} else {
			for (let k = 0; k < count && i < n; k++, i++) {
				if (k % 12 === 0) lines.push(style === 0 ? `${k / 12 + 1}. ${pick(SUB)}` : `- ${pick(SUB)}`);
				const indent = style === 0 ? '\t' : '    ';
				const marker = style === 0 ? `${(k % 12) + 1}.` : '-';
				const r = rand();
				if (r < 0.35) lines.push(`${indent}${marker} [${title()}](${url(i)})${rand() < 0.2 ? ' - ' + title() : ''}`);
				else if (r < 0.6) lines.push(`${indent}${marker} ${title()}: ${url(i)}`);
				else if (r < 0.8) lines.push(`${indent}${marker} ${url(i)} ${title()}`);
				else if (r < 0.9) lines.push(`${indent}${marker} [${title()}](${url(i)}) [DONE]`);
				else {
					lines.push(`${indent}${marker} ${title()}`);
					i--;
				}
			}
		}
		lines.push('');
		section++;
	}
	return lines.join('\n');
}
