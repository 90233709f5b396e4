/**
 * Deterministic synthetic reading lists for the benchmark, in the shapes
 * people import: the seeds' dialects (nested numbered outlines with tabs,
 * Notion bullets of `[title](url)`, bare `label: url` and `url Title` lines,
 * tables with Liquid tags, `[DONE]` markers) and the shapes of lists from the
 * wild (`src/core/__tests__/wild/`: citation roadmaps, weekly paper tables,
 * survey tables with Code/Demo columns, bracketed labelled links, HTML
 * tables), section by section in a fixed rotation. Links spread over the
 * hosts lists use (arXiv, GitHub, YouTube and youtu.be, x.com, Hugging Face,
 * doi.org, OpenReview, Medium, personal blogs); one in twenty repeats an
 * earlier one, as the seeds share links. The same seed always gives the
 * same bytes.
 */
import { prng } from '../core/search/__tests__/corpus';
import { WILD_SECTIONS, type Gen } from './generate-wild';

const TOPICS = ['Attention', 'Embeddings', 'Fine-tuning', 'Quantization', 'Inference', 'Agents', 'RAG', 'Vision', 'Training', 'Kernels', 'Evaluation', 'Tokenization'];
const SUB = ['Papers', 'Blogs', 'Code', 'Videos', 'Courses', 'Methods', 'Surveys'];
const WORDS = ['flash', 'paged', 'ring', 'sparse', 'linear', 'rotary', 'low-rank', 'quantized', 'efficient', 'scalable', 'neural', 'vision', 'language', 'diffusion', 'retrieval', 'mixture', 'experts', 'attention', 'transformer', 'adapter', 'kernel', 'decoding', 'speculative', 'preference', 'alignment', 'reward', 'distillation', 'pruning', 'memory', 'context'];
// Weighted by how often each host turns up in the seeds and the wild fixtures: papers first.
const HOSTS = [
	'https://arxiv.org/abs/', 'https://arxiv.org/abs/', 'https://arxiv.org/pdf/', 'https://github.com/', 'https://github.com/', 'https://www.youtube.com/watch?v=', 'https://youtu.be/',
	'https://lilianweng.github.io/posts/', 'https://magazine.sebastianraschka.com/p/', 'https://huggingface.co/docs/', 'https://huggingface.co/papers/', 'https://medium.com/@writer/',
	'https://x.com/', 'https://openreview.net/forum?id=', 'https://doi.org/10.', 'https://blog.example.org/',
];
const PAPER_HOSTS = ['https://arxiv.org/abs/', 'https://arxiv.org/abs/', 'https://arxiv.org/pdf/', 'https://openreview.net/forum?id=', 'https://huggingface.co/papers/', 'https://doi.org/10.'];

/**
 * The sections' styles in rotation: seven of twelve sections in the seeds'
 * dialects, five in the shapes of lists from the wild.
 */
const ROTATION = ['outline', 'notion', 'headed', 'liquid-table', 'citations', 'weekly', 'outline', 'survey', 'notion', 'bracketed', 'headed', 'html'] as const;

function generator(seed: number): Gen {
	const rand = prng(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
	const title = (): string => Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(WORDS)).map((w, i) => (i ? w : w[0]!.toUpperCase() + w.slice(1))).join(' ');
	const slug = (k: number): string => `${title().toLowerCase().replace(/ /g, '-')}-${k}`;
	const arxiv = (k: number): string => `${2300 + (k % 600)}.${String(10000 + k).slice(-5)}`;
	const url = (i: number, hosts = HOSTS): string => {
		const k = i > 20 && rand() < 0.05 ? Math.floor(rand() * i) : i;
		const h = hosts[k % hosts.length]!;
		if (h.includes('arxiv')) return `${h}${arxiv(k)}${rand() < 0.3 ? 'v2' : ''}${h.includes('pdf') ? '.pdf' : ''}`;
		if (h.includes('huggingface.co/papers')) return `${h}${arxiv(k)}`;
		const id = (k.toString(36) + 'abcdefghijk').slice(0, 11);
		if (h.includes('youtu.be')) return `${h}${id}${rand() < 0.2 ? '?t=42' : ''}`;
		if (h.includes('youtube')) return `${h}${id}${rand() < 0.2 ? '&t=42s' : ''}`;
		if (h.startsWith('https://x.com')) return `${h}${pick(WORDS)}_ml/status/${1700000000000 + k}${rand() < 0.3 ? '?s=20' : ''}`;
		if (h.includes('openreview')) return `${h}${(k.toString(36) + 'XyZ01aBc').slice(0, 10)}`;
		if (h.includes('doi.org')) return `${h}${1000 + (k % 9000)}/j.${k}`;
		if (h.includes('github.com')) return `${h}lab${k % 50}/${slug(k)}`;
		return `${h}${slug(k)}${rand() < 0.1 ? '?utm_source=newsletter' : ''}`;
	};
	const gen: Gen = { rand, pick, title, url, paper: (i) => url(i, PAPER_HOSTS), arxiv: (k) => `https://arxiv.org/abs/${arxiv(k)}`, github: (k) => `https://github.com/lab${k % 50}/${slug(k)}`, lines: [], i: 0 };
	return gen;
}

/** The seeds' dialects: numbered outlines with tabs, Notion bullets, `## ` headed bullets. */
function seedSection(g: Gen, style: 'outline' | 'notion' | 'headed', count: number, n: number): void {
	for (let k = 0; k < count && g.i < n; k++, g.i++) {
		if (k % 12 === 0) g.lines.push(style === 'outline' ? `${k / 12 + 1}. ${g.pick(SUB)}` : `- ${g.pick(SUB)}`);
		const indent = style === 'outline' ? '\t' : '    ';
		const marker = style === 'outline' ? `${(k % 12) + 1}.` : '-';
		const r = g.rand();
		if (r < 0.35) g.lines.push(`${indent}${marker} [${g.title()}](${g.url(g.i)})${g.rand() < 0.2 ? ' - ' + g.title() : ''}`);
		else if (r < 0.6) g.lines.push(`${indent}${marker} ${g.title()}: ${g.url(g.i)}`);
		else if (r < 0.8) g.lines.push(`${indent}${marker} ${g.url(g.i)} ${g.title()}`);
		else if (r < 0.9) g.lines.push(`${indent}${marker} [${g.title()}](${g.url(g.i)}) [DONE]`);
		else {
			g.lines.push(`${indent}${marker} ${g.title()}`);
			g.i--;
		}
	}
}

/** A markdown table with Liquid citation tags, as in the seeds. */
function liquidTable(g: Gen, count: number, n: number): void {
	g.lines.push('| Title | Topic | Comments |', '| --- | --- | --- |');
	for (let k = 0; k < count && g.i < n; k++, g.i++) g.lines.push(`| [${g.title()}](${g.url(g.i)}) {% cite x${g.i} %}| ${g.pick(SUB)} | ${g.title()} |`);
}

/** A list of about `n` resources in a mix of the seeds' and the wild lists' shapes. */
export function syntheticList(n: number, seed = 1): string {
	const g = generator(seed);
	g.lines.push('---', `title: Synthetic list ${seed}`, '---', '');
	for (let section = 0; g.i < n; section++) {
		const style = ROTATION[section % ROTATION.length]!;
		g.lines.push(style === 'headed' || style in WILD_SECTIONS ? `## ${g.pick(TOPICS)} ${section}` : `${g.pick(TOPICS)} ${section}`, '');
		const count = 40 + Math.floor(g.rand() * 80);
		if (style === 'outline' || style === 'notion' || style === 'headed') seedSection(g, style, count, n);
		else if (style === 'liquid-table') liquidTable(g, count, n);
		else WILD_SECTIONS[style](g, count, n);
		g.lines.push('');
	}
	return g.lines.join('\n');
}
