/**
 * `npm run quality`: how well the reader reads real lists it was not written
 * from. Each list of the corpus is read alone, as `syllabus parse` reads it,
 * and its facts are checked (`facts.ts`); the share held is printed per list
 * and per half. The failures of development lists are printed, so rules can
 * be written from them; a test list's failures never are, only its share.
 *
 *   npm run quality                  every list, both halves
 *   npm run quality -- --texts       first save missing texts from /work/.mirror snapshots
 *   npm run quality -- --md          the table for QUALITY.md
 *   npm run quality -- --list NAME   one list (its failures only if it is a development list)
 */
import { join } from 'node:path';
import { buildCatalog } from '../core';
import { Corpus, halfOf, type Half, type ManifestEntry } from './corpus';
import { checkFacts, readFacts, type FactResult } from './facts';

interface Scored {
	entry: ManifestEntry;
	half: Half;
	results: FactResult[];
	readings: number;
	diagnostics: number;
	error?: string;
}

/** One line of output (the check prints to stdout, as the CLI does). */
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const pct = (held: number, all: number): string => (all ? `${((100 * held) / all).toFixed(1)}%` : '–');
const heldOf = (s: Scored): number => s.results.filter((r) => r.held).length;

function score(corpus: Corpus, e: ManifestEntry): Scored | undefined {
	const source = corpus.text(e);
	if (!source) return undefined;
	const half = halfOf(e.name);
	const factsText = corpus.facts(e);
	if (!factsText) return { entry: e, half, results: [], readings: 0, diagnostics: 0, error: 'no facts file' };
	try {
		// The list's address on GitHub at the manifest's commit: its relative links are files beside it there.
		const base = `https://github.com/${e.repo}/blob/${e.commit}/${e.path}`;
		const catalog = buildCatalog([{ ...source, base }]);
		return { entry: e, half, results: checkFacts(readFacts(factsText), catalog, base), readings: catalog.resources.length, diagnostics: catalog.diagnostics.length };
	} catch (err) {
		return { entry: e, half, results: [], readings: 0, diagnostics: 0, error: (err as Error).message };
	}
}

function summary(half: Half, rows: Scored[]): string {
	const mine = rows.filter((r) => r.half === half);
	const held = mine.reduce((n, r) => n + heldOf(r), 0);
	const all = mine.reduce((n, r) => n + r.results.length, 0);
	const lowest = mine.filter((r) => r.results.length).sort((a, b) => heldOf(a) / a.results.length - heldOf(b) / b.results.length)[0];
	const low = lowest ? `, lowest ${pct(heldOf(lowest), lowest.results.length)} (${lowest.entry.name})` : '';
	return `${half} half: ${held}/${all} facts held (${pct(held, all)}) over ${mine.length} lists${low}`;
}

function main(args: string[]): number {
	const corpus = new Corpus(join(process.cwd(), 'corpus'));
	const only = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined;
	let entries = corpus.manifest();
	if (only) entries = entries.filter((e) => e.name === only);
	const missing: string[] = [];
	if (args.includes('--texts')) {
		for (const e of entries) {
			if (corpus.text(e)) continue;
			const why = corpus.saveFromMirror(e, process.env.SYLLABUS_MIRRORS ?? '/work/.mirror');
			if (why) missing.push(`${e.name}: ${why}`);
		}
	}
	const rows: Scored[] = [];
	for (const e of entries) {
		const s = score(corpus, e);
		if (s) rows.push(s);
		else if (!missing.some((m) => m.startsWith(`${e.name}:`))) missing.push(`${e.name}: no text in corpus/lists/ (npm run quality -- --texts)`);
	}
	rows.sort((a, b) => (a.half === b.half ? a.entry.name.localeCompare(b.entry.name) : a.half === 'development' ? -1 : 1));
	if (args.includes('--md')) {
		say('| half | list | shape | facts held | readings |\n| --- | --- | --- | --- | --- |');
		for (const r of rows) say(`| ${r.half === 'development' ? 'dev' : 'test'} | ${r.entry.name} | ${r.entry.shape} | ${heldOf(r)}/${r.results.length} (${pct(heldOf(r), r.results.length)}) | ${r.readings} |`);
	} else {
		for (const r of rows) {
			say(`${r.half === 'development' ? 'dev ' : 'test'}  ${pct(heldOf(r), r.results.length).padStart(6)}  ${`${heldOf(r)}/${r.results.length}`.padStart(5)}  ${String(r.readings).padStart(4)} readings  ${r.entry.name}${r.error ? `  ERROR: ${r.error}` : ''}`);
			if (r.half !== 'development') continue;
			for (const f of r.results) if (!f.held) say(`        ✗ ${f.fact}${f.found !== undefined ? `  (found: ${f.found})` : ''}`);
		}
	}
	say('');
	say(summary('development', rows));
	say(summary('test', rows));
	for (const m of missing) say(`missing: ${m}`);
	return rows.some((r) => r.error) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
