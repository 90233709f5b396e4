/**
 * `syllabus enrich` suggests what a fetched abstract mentions, as the core
 * does: the seeds imported, arXiv answering from the recorded fixtures on a
 * local server, one "Mentions:" line in the About callout of each note whose
 * abstract names a concept or topic, and nothing written by a second run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../core/enrich/__tests__/replay';
import { tempDir } from './__tests__/temp-dirs';
import { FixtureServers } from './__tests__/fixture-server';
import { runEnrich } from './enrich-command';
import { run } from './main';

const SEEDS = join(__dirname, '../../seeds');
const seeds = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
const servers = new FixtureServers();
let env: Record<string, string>;

beforeAll(async () => {
	await servers.start(['https://export.arxiv.org']);
	env = { SYLLABUS_ARXIV_URL: `${servers.base('https://export.arxiv.org')}/api/query`, SYLLABUS_TIMEOUT_MS: '1500' };
});
afterAll(() => servers.stop());
afterEach(() => expect(servers.unused()).toEqual([]));

/** Every note's text, by its name in the resources folder. */
const texts = (dir: string): Map<string, string> => new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('syllabus enrich and the "Mentions:" line', { timeout: 60_000 }, () => {
	it('adds one line to each note whose fetched abstract names a concept, in the About callout, and nothing on a second run', async () => {
		const vault = join(tempDir('syllabus-enrich-mentions-'), 'vault');
		expect((await run(['import', ...seeds, '--vault', vault])).code).toBe(0);
		const R = join(vault, 'Syllabus/Resources');
		servers.serve(loadFixtures('arxiv-seeds'));
		expect((await runEnrich(['--vault', vault, '--only', 'arxiv'], env)).code).toBe(0);
		const after = texts(R);
		const lines = [...after].flatMap(([f, t]) => [...t.matchAll(/^.*Mentions: .*$/gm)].map((m) => `${f}: ${m[0]}`));
		expect(lines.sort()).toEqual([
			'FlashAttention - Fast and Memory-Efficient Exact Attention with IO-Awareness.md: > Mentions: [[self-attention]]',
			'Group Query Attention.md: > Mentions: [[Decoder]]',
			'One-Minute Video Generation with Test-Time Training.md: > Mentions: [[self-attention]]',
			'Ring Attention.md: > Mentions: [[self-attention]]',
		]);
		expect(after.get('Ring Attention.md')).toMatch(/^> \[!quote\] About\n> \S.*\n>\n(?:> Listed in .*\n)+> Mentions: .*\n\n/m);

		const again = await runEnrich(['--vault', vault, '--only', 'arxiv'], env);
		expect(again.stdout).toMatch(/^Filled 0 notes/);
		expect(texts(R)).toEqual(after);
	});
});
