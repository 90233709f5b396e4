/**
 * The picker's figures: latency per keystroke over every prefix of a set of
 * phrases at 1k, 10k and 50k records, beside an `includes()` scan and
 * fuse.js alone in the same run; whether the intended item stays in the top
 * five; and the cost of one status change against a full rebuild.
 */
import Fuse from 'fuse.js';
import { SearchIndex } from '../core';
import { corpus, keystrokes, PHRASES, QUALITY } from '../core/search/__tests__/corpus';
import { median, percentiles } from './measure';

type Row = [string, string, string, string];

/** p95 per keystroke: one frame at 60 Hz at 50k, and well inside it at 10k. */
const TARGET_P95: Record<number, number> = { 10_000: 5, 50_000: 16 };

const fmt = (n: number, d = 1): string => n.toFixed(d);
const ok = (pass: boolean): string => (pass ? 'met' : 'MISSED');

/** The picker's rows and JSON figures; `quick` measures 10k only. */
export function pickerFigures(quick: boolean): { figures: Record<string, number | string>; rows: Row[] } {
	const figures: Record<string, number | string> = {};
	const rows: Row[] = [];
	const queries = keystrokes(PHRASES);
	const sizes = quick ? [10_000] : [1_000, 10_000, 50_000];
	for (const n of sizes) {
		const records = corpus(n);
		const index = new SearchIndex(records);
		for (const q of queries.slice(0, 20)) index.search(q);
		const { p50, p95 } = percentiles([...queries, ...queries].map((q) => () => void index.search(q, 50)));
		const titles = records.map((r) => r.title.toLowerCase());
		const scan = percentiles(queries.map((q) => () => void titles.filter((t) => t.includes(q.toLowerCase()))));
		figures[`pickerP50Ms${n / 1000}k`] = +p50.toFixed(2);
		figures[`pickerP95Ms${n / 1000}k`] = +p95.toFixed(2);
		figures[`includesP95Ms${n / 1000}k`] = +scan.p95.toFixed(2);
		const target = TARGET_P95[n];
		rows.push([`picker per keystroke at ${n / 1000}k (p50 / p95 ms)`, `${fmt(p50, 2)} / ${fmt(p95, 2)}`, `includes() p95 ${fmt(scan.p95, 2)}`, target === undefined ? '—' : ok(p95 <= target)]);
		if (n !== 10_000) continue;
		const hits = QUALITY.filter(([q, want]) => index.search(q, 5).some((r) => r.record.title === want)).length;
		figures.pickerTop5 = `${hits}/${QUALITY.length}`;
		rows.push(['picker: intended item in the top 5 (10k)', `${hits}/${QUALITY.length}`, `${QUALITY.length}/${QUALITY.length}`, ok(hits === QUALITY.length)]);
		const fuse = new Fuse(records, { keys: [{ name: 'title', weight: 3 }, { name: 'topics', weight: 1 }, { name: 'url', weight: 1 }], ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.4 });
		const fuseAlone = percentiles(queries.filter((_, i) => i % 4 === 0).map((q) => () => void fuse.search(q, { limit: 50 })));
		figures.fuseAloneP95Ms10k = +fuseAlone.p95.toFixed(1);
		rows.push(['fuse.js alone over 10k (p95 ms), for comparison', fmt(fuseAlone.p95), '—', '—']);
		const rebuildMs = median(() => void new SearchIndex(records), 3);
		const updateMs = median(() => {
			for (let i = 0; i < 1000; i++) index.setStatus(records[i % 500]!.id, i % 2 ? 'done' : 'todo');
		}, 5) / 1000;
		figures.indexUpdateMs = +updateMs.toFixed(5);
		figures.indexRebuildMs = +rebuildMs.toFixed(0);
		rows.push(['picker index: one status change vs full rebuild (ms)', fmt(updateMs, 5), `${fmt(rebuildMs, 0)} (${fmt(rebuildMs / updateMs, 0)}× faster)`, ok(rebuildMs / updateMs >= 100)]);
	}
	return { figures, rows };
}
