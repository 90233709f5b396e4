/**
 * The parse figure alone, for `node --cpu-prof` or the inspector: `buildCatalog`
 * of the 10k synthetic list, `rounds` times, each beside markdown-it's full
 * `md.parse` of the same text in the same round. With `PROFILE=file`, only
 * the measured rounds are profiled (the warm-up is not). Build and run:
 *   npx esbuild src/bench/profile-parse.ts --bundle --platform=node --outfile=dist/profile-parse.js
 *   PROFILE=parse.cpuprofile node dist/profile-parse.js 6
 * `STAGE=parse` profiles `parseList` alone instead of `buildCatalog`. With
 * `ALLOC=file`, the measured rounds' allocations are sampled instead (every
 * object, also those the collector has freed since): a `.heapprofile` that
 * names the functions that allocate.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import MarkdownIt from 'markdown-it';
import { buildCatalog, parseList } from '../core';
import { syntheticList } from './generate';

function post(session: Session, method: string): Promise<unknown> {
	return new Promise((resolve, reject) => session.post(method, (e, r) => (e ? reject(e) : resolve(r))));
}

function postWith(session: Session, method: string, params: object): Promise<unknown> {
	return new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
}

async function main(): Promise<void> {
	const rounds = Number(process.argv[2] ?? 6);
	const size = Number(process.env.SIZE ?? 10_000);
	const text = syntheticList(size, 1);
	const md = new MarkdownIt();
	const ours = process.env.STAGE === 'parse' ? (): void => void parseList('l.md', text) : (): void => void buildCatalog([{ file: 'l.md', text }]);
	ours();
	md.parse(text, {});
	const file = process.env.PROFILE;
	const alloc = process.env.ALLOC;
	const session = file || alloc ? new Session() : undefined;
	if (session) session.connect();
	if (session && file) {
		await post(session, 'Profiler.enable');
		await post(session, 'Profiler.start');
	}
	if (session && alloc) {
		await post(session, 'HeapProfiler.enable');
		await postWith(session, 'HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
	}
	const a: number[] = [];
	const b: number[] = [];
	for (let r = 0; r < rounds; r++) {
		let t = performance.now();
		ours();
		a.push(performance.now() - t);
		t = performance.now();
		md.parse(text, {});
		b.push(performance.now() - t);
	}
	if (session && file) {
		const { profile } = (await post(session, 'Profiler.stop')) as { profile: unknown };
		writeFileSync(file, JSON.stringify(profile));
	}
	if (session && alloc) {
		const { profile } = (await post(session, 'HeapProfiler.stopSampling')) as { profile: unknown };
		writeFileSync(alloc, JSON.stringify(profile));
	}
	session?.disconnect();
	const mid = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
	process.stdout.write(`${process.env.STAGE ?? 'buildCatalog'} ${mid(a).toFixed(0)} ms, markdown-it ${mid(b).toFixed(0)} ms: ${(mid(b) / mid(a)).toFixed(2)}× (${rounds} rounds, ${(text.length / 1e6).toFixed(2)} MB)\n`);
}

void main();
