import { describe, expect, it } from 'vitest';
import { canonicalize } from './canonical';

const key = (u: string): string | undefined => canonicalize(u)?.key;

describe('canonicalize', () => {
	it('folds every arXiv spelling into one paper and keeps the id', () => {
		const spellings = [
			'https://arxiv.org/abs/2205.14135',
			'https://arxiv.org/abs/2205.14135v2',
			'http://arxiv.org/pdf/2205.14135',
			'https://arxiv.org/pdf/2205.14135v3.pdf',
			'https://arxiv.org/html/2205.14135v1',
			'https://www.arxiv.org/abs/2205.14135#section',
			'https://huggingface.co/papers/2205.14135',
			'https://export.arxiv.org/abs/2205.14135',
		];
		const keys = new Set(spellings.map(key));
		expect(keys).toEqual(new Set(['arxiv:2205.14135']));
		const c = canonicalize('https://arxiv.org/pdf/2311.06242.pdf')!;
		expect(c.arxiv).toBe('2311.06242');
		expect(c.url).toBe('https://arxiv.org/abs/2311.06242');
		expect(canonicalize('https://arxiv.org/abs/hep-th/9901001v2')?.arxiv).toBe('hep-th/9901001');
	});

	it('folds YouTube watch, short, embed and shorts links and drops timestamps', () => {
		const keys = new Set(
			[
				'https://www.youtube.com/watch?v=zduSFxRajkE&t=5954s',
				'https://youtu.be/zduSFxRajkE?si=abc',
				'https://www.youtube.com/embed/zduSFxRajkE',
				'https://m.youtube.com/watch?v=zduSFxRajkE&ab_channel=X',
				'https://youtube.com/shorts/zduSFxRajkE',
			].map(key),
		);
		expect(keys).toEqual(new Set(['youtube:zduSFxRajkE']));
		expect(canonicalize('https://youtu.be/zduSFxRajkE')?.url).toBe('https://www.youtube.com/watch?v=zduSFxRajkE');
		// A playlist is not one of its videos.
		expect(key('https://www.youtube.com/playlist?list=PLzn6LN6WhlN06hIOA_ge6SrgdeSiuf9Tb')).toBe('youtube.com/playlist?list=PLzn6LN6WhlN06hIOA_ge6SrgdeSiuf9Tb');
	});

	it('treats github.dev as github.com and ignores the case of owner and repo', () => {
		expect(key('https://github.dev/unslothai/unsloth')).toBe(key('https://github.com/unslothai/unsloth'));
		expect(key('https://github.com/Dao-AILab/flash-attention/')).toBe(key('https://github.com/dao-ailab/flash-attention.git'));
		expect(canonicalize('https://github.dev/unslothai/unsloth')?.url).toBe('https://github.com/unslothai/unsloth');
		// The display URL keeps the owner's own spelling.
		expect(canonicalize('https://github.com/Dao-AILab/flash-attention')?.url).toBe('https://github.com/Dao-AILab/flash-attention');
		// A folder inside a repository is a different resource.
		expect(key('https://github.com/unslothai/unsloth/tree/main/unsloth/kernels')).not.toBe(key('https://github.com/unslothai/unsloth'));
	});

	it('treats twitter.com as x.com and a status by its id', () => {
		expect(key('https://twitter.com/deepseek_ai/status/1895279409185390655?s=20')).toBe(key('https://x.com/deepseek_ai/status/1895279409185390655'));
		expect(canonicalize('https://mobile.twitter.com/elder_plinius/highlights')?.url).toBe('https://x.com/elder_plinius/highlights');
	});

	it('ignores www, trailing slashes, fragments and tracking parameters', () => {
		const base = key('https://magazine.sebastianraschka.com/p/understanding-large-language-models');
		for (const u of [
			'https://www.magazine.sebastianraschka.com/p/understanding-large-language-models/',
			'https://magazine.sebastianraschka.com/p/understanding-large-language-models?utm_source=x&utm_medium=y',
			'https://magazine.sebastianraschka.com/p/understanding-large-language-models#comments',
			'https://magazine.sebastianraschka.com/p/understanding-large-language-models?s=08&ref=z&fbclid=1',
			'http://magazine.sebastianraschka.com/p/understanding-large-language-models',
		]) {
			expect(key(u), u).toBe(base);
		}
		// Parameters that select content stay.
		expect(key('https://github.com/orgs/deepseek-ai/repositories?type=all')).toContain('type=all');
		expect(key('https://cyrilzakka.github.io/llm-playbook/index.html')).toBe(key('https://cyrilzakka.github.io/llm-playbook/'));
	});

	it('refuses what is not an http(s) URL on a possible host', () => {
		for (const bad of ['mailto:a@b.c', 'javascript:alert(1)', 'ftp://x.org/a', 'https://simonwil lison.net/x', 'https://nodot/x', 'https://', 'not a url']) {
			expect(canonicalize(bad), bad).toBeUndefined();
		}
	});
});
