import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { importCatalog } from '../import/apply';
import { FakeClock } from '../net/__tests__/fake-clock';
import { emptyCache } from './cache';
import { MemoryEnrichVault } from './memory-vault';
import { withMentions } from './mentions';
import { enrichVault, type EnrichVaultOptions } from './vault';
import { loadFixtures, Replay, type Recorded } from './__tests__/replay';

const SEEDS = join(__dirname, '../../../seeds');
const R = 'Syllabus/Resources';
let replay: Replay;
afterEach(() => expect(replay.unused()).toEqual([]));

async function seededVault(): Promise<MemoryEnrichVault> {
	const sources = readdirSync(SEEDS).sort().map((f) => ({ file: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
	const vault = new MemoryEnrichVault();
	await importCatalog(vault, buildCatalog(sources), { folder: 'Syllabus', today: '2026-12-01' });
	return vault;
}

function options(fixtures: Recorded[]): EnrichVaultOptions {
	replay = new Replay(fixtures);
	return { transport: replay.transport, clock: new FakeClock(), policy: { allowLocal: false }, sources: ['arxiv'] };
}

/** The About callout of a note: its header line and every quoted line after it. */
const callout = (text: string): string => /^> \[!quote\] About\n(?:>.*(?:\n|$))*/m.exec(text)?.[0] ?? '';
const mentionLines = (vault: MemoryEnrichVault): string[] =>
	[...vault.files].flatMap(([p, t]) => [...t.matchAll(/^.*Mentions: .*$/gm)].map((m) => `${p.slice(R.length + 1)}: ${m[0]}`));

/**
 * The notes whose abstract names a concept of the seeds' vault, or a topic named by more than one plain
 * word, other than their own topics: the one-word topics the abstracts name (Attention, Transformers,
 * Training, Family, Framework) read as ordinary words and are left out.
 */
const EXPECTED = [
	'FlashAttention - Fast and Memory-Efficient Exact Attention with IO-Awareness.md: > Mentions: [[self-attention]]',
	'Group Query Attention.md: > Mentions: [[Decoder]]',
	'One-Minute Video Generation with Test-Time Training.md: > Mentions: [[self-attention]]',
	'Ring Attention.md: > Mentions: [[self-attention]]',
];

describe('a fetch that adds an abstract suggests what it mentions', () => {
	it('puts one "Mentions:" line in the About callout of each note whose abstract names a concept, and none elsewhere', async () => {
		const vault = await seededVault();
		expect(mentionLines(vault)).toEqual([]);
		const cache = emptyCache();
		const report = await enrichVault(vault, cache, options(loadFixtures('arxiv-seeds')));
		expect(report.failed).toEqual([]);
		expect(mentionLines(vault).sort()).toEqual(EXPECTED);
		for (const line of EXPECTED) {
			const text = vault.files.get(`${R}/${line.slice(0, line.indexOf('.md:') + 3)}`)!;
			// Inside the callout, after the abstract and the "Listed in" lines.
			expect(callout(text)).toMatch(/^> \[!quote\] About\n> \S[^\n]*\n>\n(?:> Listed in .*\n)+> Mentions: .*\n$/);
		}
		// Group Query Attention's abstract names Attention, its own topic: linked once, in `topics`.
		expect(vault.files.get(`${R}/Group Query Attention.md`)).toMatch(/^> \S.*\battention\b/im);
		// A note whose abstract names nothing of the vault's gets an abstract and no line.
		const adam = [...vault.files.values()].filter((t) => /^> \[!quote\] About\n> (?!Listed in )[A-Z]/m.test(t) && !t.includes('Mentions:'));
		expect(adam.length).toBeGreaterThan(70);
		expect(report.filled.filter((f) => f.fields.includes('mentions'))).toHaveLength(EXPECTED.length);

		const writes = vault.writes;
		const again = await enrichVault(vault, cache, options([]));
		expect([again.requests, again.filled.length, vault.writes - writes]).toEqual([0, 0, 0]);
	});

	it('never touches the reader text, and replaces a line that is there instead of adding a second', async () => {
		const vault = await seededVault();
		const path = `${R}/arXiv - 2205.14135.md`;
		const mine = '## Notes\n\nMy summary: self-attention and Transformers, [[Decoder]] too.\n\nMentions: my own line.\n';
		await vault.process(path, (t) => t.replace(/(> Listed in .*\n)\n/, '$1> Mentions: [[Old]]\n\n').replace('## Notes\n', mine));
		const before = vault.files.get(path)!;
		const report = await enrichVault(vault, emptyCache(), options(loadFixtures('arxiv-seeds')));
		const text = vault.files.get(report.filled.find((f) => f.renamedFrom === path)!.path)!;
		expect(text.match(/Mentions: /g)).toHaveLength(2);
		expect(callout(text)).toContain('> Mentions: [[self-attention]]\n');
		expect(text).not.toContain('[[Old]]');
		const outside = (t: string): string => t.slice(t.indexOf(callout(t)) + callout(t).length);
		expect(outside(text)).toBe(outside(before));
		expect(outside(text)).toContain(mine);
	});
});

describe('withMentions', () => {
	const note = '---\nkind: paper\n---\n\n> [!quote] About\n> An abstract.\n>\n> Listed in [[L]], line 3.\n\n## Notes\n\nMentions: mine\n';
	it('adds the line at the end of the callout, or replaces the callout\'s own', () => {
		const once = withMentions(note, 'Mentions: [[RoPE]]')!;
		expect(once).toBe(note.replace('line 3.\n', 'line 3.\n> Mentions: [[RoPE]]\n'));
		expect(withMentions(once, 'Mentions: [[KV cache]]')).toBe(note.replace('line 3.\n', 'line 3.\n> Mentions: [[KV cache]]\n'));
		expect(withMentions('# No callout\n', 'Mentions: [[RoPE]]')).toBeNull();
	});
});
