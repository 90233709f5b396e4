import { describe, expect, it } from 'vitest';
import { canonicalize } from './canonical';
import { kindOf, titleFromUrl } from './kind';

const kind = (u: string, hint = '', sections: string[] = []): string => kindOf(canonicalize(u)!, hint, sections);
const title = (u: string): string => titleFromUrl(canonicalize(u)!);

describe('kindOf', () => {
	it('reads the kind from the URL where the URL says it', () => {
		expect(kind('https://arxiv.org/abs/2104.09864')).toBe('paper');
		expect(kind('https://openreview.net/forum?id=abc')).toBe('paper');
		expect(kind('https://aclanthology.org/2023.acl-long.1/')).toBe('paper');
		expect(kind('https://doi.org/10.1145/3442188.3445922')).toBe('paper');
		expect(kind('https://huggingface.co/papers/2404.02575')).toBe('paper');
		expect(kind('https://github.com/openai/tiktoken')).toBe('repo');
		expect(kind('https://github.dev/unslothai/unsloth')).toBe('repo');
		expect(kind('https://huggingface.co/sand-ai/MAGI-1')).toBe('repo');
		expect(kind('https://www.youtube.com/watch?v=KCXDr-UOb9A')).toBe('video');
		expect(kind('https://vimeo.com/123456')).toBe('video');
		expect(kind('https://x.com/deepseek_ai/status/1895279409185390655')).toBe('post');
		expect(kind('https://www.reddit.com/r/OpenAI/comments/18nf310/x/')).toBe('post');
		expect(kind('https://huggingface.co/learn/nlp-course/en/chapter6/5')).toBe('course');
		expect(kind('https://hanlab.mit.edu/courses/2024-fall-65940')).toBe('course');
		expect(kind('https://huggingface.co/docs/optimum/en/concept_guides/quantization')).toBe('docs');
		expect(kind('https://medium.com/@bradneysmith/98a1320e7650')).toBe('article');
		expect(kind('https://decodingml.substack.com/p/playbook-to-fine-tune-and-deploy')).toBe('article');
		expect(kind('https://lucasb.eyer.be/')).toBe('site');
	});

	it('lets the item and its section settle what the URL leaves open', () => {
		expect(kind('https://cyrilzakka.github.io/llm-playbook/SUMMARY.html', 'Book on LLMs')).toBe('book');
		expect(kind('https://mml-book.github.io/book/mml-book.pdf', '', ['ML Book'])).toBe('book');
		expect(kind('https://milkov.tech/assets/psd.pdf', '', ['Book to read'])).toBe('book');
		expect(kind('https://static.magi.world/static/files/MAGI_1.pdf', 'Video Diffusion Model', ['Papers to read'])).toBe('paper');
		expect(kind('https://cs231n.github.io/', '', ['Relevant Online Courses'])).toBe('course');
		// A YouTube link is a video whatever its section is called.
		expect(kind('https://www.youtube.com/watch?v=7Gtxd-ew4lk', '', ['ML Book'])).toBe('video');
		// `Research Papers of 2023` is an article about papers, not a paper.
		expect(kind('https://magazine.sebastianraschka.com/p/10-ai-research-papers-2023', 'Ten Noteworthy AI Research Papers of 2023')).toBe('article');
		expect(kind('https://example.org/why', 'Why 9.11 > 9.9 (Blog)')).toBe('article');
		// A home page under a blog section is still a site.
		expect(kind('https://huyenchip.com/', '', ['Blog Sites to read from'])).toBe('site');
	});
});

describe('titleFromUrl', () => {
	it('names a link that came without words', () => {
		expect(title('https://arxiv.org/pdf/2205.14135')).toBe('arXiv:2205.14135');
		expect(title('https://github.com/Dao-AILab/flash-attention')).toBe('Dao-AILab/flash-attention');
		expect(title('https://magazine.sebastianraschka.com/p/understanding-large-language-models')).toBe('Understanding large language models');
		expect(title('https://fkong.tech/posts/2023-04-23-triton-cuda/?s=08')).toBe('Triton cuda');
		expect(title('https://huggingface.co/learn/nlp-course/en/chapter6/5')).toBe('Nlp course chapter6 5');
		expect(title('https://www.sesame.com/')).toBe('sesame.com');
		expect(title('https://medium.com/@x/speculative-decoding-make-llm-inference-faster-c004501af120')).toBe('Speculative decoding make llm inference faster');
		expect(title('https://x.com/deepseek_ai/status/1895279409185390655')).toBe('Post by @deepseek_ai');
		expect(title('https://github.com/lucidrains')).toBe('lucidrains on GitHub');
	});

	it('never returns a URL', () => {
		for (const u of ['https://a.io/', 'https://x.org/1/2/3', 'https://b.dev/index.html', 'https://c.com/?q=1']) {
			expect(title(u)).not.toMatch(/^https?:/);
			expect(title(u).length).toBeGreaterThan(0);
		}
	});
});
