import { describe, expect, it } from 'vitest';
import { distinctive, findMentions, type MentionTarget } from './find';

const concept = (title: string, aliases: string[] = [], folder = 'Syllabus/Concepts'): MentionTarget => ({ key: `${folder}/${title}.md`, title, aliases });

const CONCEPTS = [
	concept('RoPE', ['Rotary position embedding', 'rotary embeddings']),
	concept('KV cache', ['KV-cache', 'key-value cache']),
	concept('Attention'),
	concept('Flash Attention', ['FlashAttention']),
	concept('LoRA'),
	concept('Mixture of Experts', ['MoE']),
];

const found = (text: string, targets = CONCEPTS): string[] => findMentions(text, targets).map((m) => `${m.text}→${m.title}`);

describe('finding mentions', () => {
	it('finds titles and aliases in any case, as written', () => {
		expect(found('We use rope here, and the KV Cache grows. Rotary Position Embedding is old.')).toEqual([
			'rope→RoPE',
			'KV Cache→KV cache',
			'Rotary Position Embedding→RoPE',
		]);
	});

	it('matches whole words only', () => {
		expect(found('Europe, ropes, LoRAs and preattention are not mentions; (LoRA) and LoRA-based are.')).toEqual(['LoRA→LoRA', 'LoRA→LoRA']);
		expect(found('moe_layer and MoE2 do not count, MoE does.')).toEqual(['MoE→Mixture of Experts']);
	});

	it('prefers the longest name where names overlap', () => {
		expect(found('Flash attention is attention made IO-aware.')).toEqual(['Flash attention→Flash Attention', 'attention→Attention']);
		expect(found('A mixture of experts model.')).toEqual(['mixture of experts→Mixture of Experts']);
	});

	it('lets a name run over several spaces but not over a line break', () => {
		expect(found('the paged KV\ncache and the KV \u00a0 cache')).toEqual(['KV \u00a0 cache→KV cache']);
	});

	it('checks the first mention of each concept, and none of a concept the note already links', () => {
		const ms = findMentions('RoPE, then rope again. [[Attention]] is linked; attention is not.', CONCEPTS);
		expect(ms.map((m) => [m.text, m.checked])).toEqual([
			['RoPE', true],
			['rope', false],
			['attention', false],
		]);
	});

	it('offers unchecked the mentions of a target not to suggest', () => {
		const ms = findMentions('The framework uses LoRA.', [{ ...concept('Framework'), suggest: false }, concept('LoRA')]);
		expect(ms.map((m) => [m.text, m.checked])).toEqual([['framework', false], ['LoRA', true]]);
	});

	it('tells a distinctive title from a plain word', () => {
		expect(['Flash Attention', 'RAG', 'vLLM', 'Phi-3', '注意力', 'Mixture of Experts'].every(distinctive)).toBe(true);
		expect(['Framework', 'methods', 'Mobile', 'Quantization'].some(distinctive)).toBe(false);
	});

	it('never links a note to itself', () => {
		expect(findMentions('LoRA adapts LoRA.', CONCEPTS, { self: 'Syllabus/Concepts/LoRA.md' })).toEqual([]);
	});

	it('leaves a name two notes share, unless one of them has it as its title', () => {
		const targets = [concept('Attention'), concept('Self-attention', ['attention']), concept('Transformers', ['TF']), concept('TensorFlow', ['TF'])];
		expect(found('attention and TF', targets)).toEqual(['attention→Attention']);
	});

	it('ignores one-letter names in scripts with spaces', () => {
		expect(found('a b c', [concept('A'), concept('C', ['c'])])).toEqual([]);
	});
});

describe('where mentions are never found', () => {
	const body = [
		'---',
		'aliases: [RoPE notes]',
		'topics: ["[[Attention]]"]',
		'---',
		'# RoPE in practice',
		'## Attention',
		'%% syllabus:begin — generated; re-import replaces what is between these markers %%',
		'Mentions: LoRA',
		'%% syllabus:end %%',
		'```python',
		'rope = RoPE(dim)  # LoRA',
		'```',
		'~~~',
		'LoRA',
		'~~~',
		'> ```',
		'> attention',
		'> ```',
		'$$',
		'attention(Q, K, V)',
		'$$',
		'%% a comment about LoRA',
		'that spans lines %%',
		'[lora]: https://arxiv.org/abs/2106.09685',
		'Inline `RoPE` code, [[LoRA|low-rank]] and [[Attention]], [the LoRA paper](https://arxiv.org/abs/2106.09685),',
		'https://example.com/rope/attention and www.lora.example, <https://x.com/LoRA>, <span title="LoRA">x</span>,',
		'#LoRA #attention tags, $attention$ math, %%LoRA%% and ![[RoPE.png]]. <!-- LoRA -->',
		'<!-- a draft about LoRA',
		'and attention -->',
		'Only this: KV cache.',
	].join('\n');

	it('finds nothing in front matter, headings, the generated block, code, math, comments, links, URLs, HTML or tags', () => {
		expect(found(body)).toEqual(['KV cache→KV cache']);
	});

	it('finds mentions next to those places', () => {
		expect(found('`code` LoRA [[x]] RoPE https://a.b attention')).toEqual(['LoRA→LoRA', 'RoPE→RoPE', 'attention→Attention']);
	});

	it('reads the front matter only at the top of the note', () => {
		expect(found('LoRA\n---\nRoPE\n---\n')).toEqual(['LoRA→LoRA', 'RoPE→RoPE']);
	});
});

describe('scripts and accents', () => {
	it('finds CJK titles without spaces around them', () => {
		const targets = [concept('注意力机制'), concept('位置エンコーディング'), concept('트랜스포머')];
		expect(found('本文提出了一种新的注意力机制。位置エンコーディングを使う。트랜스포머는 강력하다.', targets)).toEqual([
			'注意力机制→注意力机制',
			'位置エンコーディング→位置エンコーディング',
			'트랜스포머→트랜스포머',
		]);
	});

	it('finds a Latin name between CJK characters', () => {
		expect(found('我们使用LoRA微调模型')).toEqual(['LoRA→LoRA']);
	});

	it('finds accented titles in any case and either Unicode form', () => {
		const targets = [concept('Régression logistique'), concept('Zürich model'), concept('café')];
		const nfd = 'Le cafe\u0301 et la régression logistique, ZÜRICH MODEL.'.normalize('NFD');
		expect(found(nfd, targets).map((s) => s.normalize('NFC'))).toEqual(['café→café', 'régression logistique→Régression logistique', 'ZÜRICH MODEL→Zürich model']);
		expect(found('Le café, cafés, et la RÉGRESSION LOGISTIQUE.', targets)).toEqual(['café→café', 'RÉGRESSION LOGISTIQUE→Régression logistique']);
	});

	it('does not take a word with an accent for one without', () => {
		expect(found('résumé and resume', [concept('resume')])).toEqual(['resume→resume']);
	});

	it('keeps offsets right when lower-casing changes a character’s length', () => {
		const text = 'İstanbul uses RoPE.';
		const [m] = findMentions(text, CONCEPTS);
		expect(text.slice(m!.start, m!.end)).toBe('RoPE');
	});
});

describe('cost', () => {
	const paragraph = 'We study attention, the KV cache and rotary embeddings; LoRA adapters and a mixture of experts follow. `code` and [[links]] and https://example.com too.\n';
	const worst = 'mixture of mixture of mixture of flash flash attention rotary rotary ';

	it('grows linearly with the note up to 1 MB, even with names that almost match', () => {
		for (const unit of [paragraph, worst]) {
			const steps = (size: number): number => {
				const stats = { steps: 0 };
				findMentions(unit.repeat(Math.ceil(size / unit.length)), CONCEPTS, { stats });
				return stats.steps;
			};
			const half = steps(512 * 1024);
			const full = steps(1024 * 1024);
			expect(full / half).toBeGreaterThan(1.9);
			expect(full / half).toBeLessThan(2.1);
			expect(full).toBeLessThan(1024 * 1024 * 2);
		}
	});

	it('finds every mention in a 1 MB note', () => {
		const text = paragraph.repeat(Math.ceil((1024 * 1024) / paragraph.length));
		const ms = findMentions(text, CONCEPTS);
		expect(ms.length).toBe(Math.ceil((1024 * 1024) / paragraph.length) * 5);
	});
});
