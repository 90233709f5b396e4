/**
 * The parse figure split by stage, so a regression shows where it is: the
 * block layer (lines, blocks, links per line), the inline layer alone
 * (markdown-it `parseInline` and linkify), reading every item (inline layer,
 * canonical URLs, title rules), canonicalising every link alone, kinds and
 * URL titles alone, and what is left of `buildCatalog` (walking the outline
 * and merging). Each stage runs on the same text as the parse figure.
 */
import type { OutlineNode } from '../core';
import { buildCatalog, canonicalize, parseList } from '../core';
import { listContext } from '../core/catalog/context';
import { resolveItem } from '../core/catalog/resolve';
import { readRow } from '../core/catalog/row';
import { scanInline } from '../core/parse/inline';
import type { CanonicalUrl } from '../core/url/canonical';
import { kindOf, titleFromUrl } from '../core/url/kind';
import { median } from './measure';

/** Milliseconds per stage (median of `runs`), and the counts each stage saw. */
export interface ParseStages {
	totalMs: number;
	blocksMs: number;
	inlineMs: number;
	itemsMs: number;
	canonicalMs: number;
	kindsMs: number;
	/** `totalMs` less blocks and items: walking the outline and merging into the catalog. */
	mergeMs: number;
	nodes: number;
	urls: number;
}

function flatten(nodes: OutlineNode[], out: OutlineNode[] = []): OutlineNode[] {
	for (const n of nodes) {
		if (n.type !== 'code') out.push(n);
		flatten(n.children, out);
	}
	return out;
}

/** Time each stage of parse + catalog on `text`. */
export function parseStages(text: string, runs = 3): ParseStages {
	const file = 'l.md';
	const parsed = parseList(file, text);
	const nodes = flatten(parsed.nodes);
	const urls = parsed.links.flatMap((l) => l.urls);
	const canons = urls.map((u) => canonicalize(u)).filter((c): c is CanonicalUrl => c !== undefined);
	const blocksMs = median(() => void parseList(file, text), runs);
	const inlineMs = median(() => {
		for (const n of nodes) scanInline(n.text, parsed.refs);
	}, runs);
	const itemsMs = median(() => {
		// A fresh context each run, so every item's inline parts are read again as the catalog reads them.
		const ctx = listContext(file, parsed.nodes, parsed.refs, canonicalize);
		for (const n of nodes) {
			resolveItem(n.text, { line: n.line, diagnostics: [] }, ctx);
			if (n.type === 'table-row') readRow(n.cells ?? [], true, { line: n.line, diagnostics: [], ctx });
		}
	}, runs);
	const canonicalMs = median(() => {
		for (const u of urls) canonicalize(u);
	}, runs);
	const kindsMs = median(() => {
		for (const c of canons) {
			kindOf(c, '', ['Papers to read']);
			titleFromUrl(c);
		}
	}, runs);
	const totalMs = median(() => void buildCatalog([{ file, text }]), runs);
	return { totalMs, blocksMs, inlineMs, itemsMs, canonicalMs, kindsMs, mergeMs: Math.max(0, totalMs - blocksMs - itemsMs), nodes: nodes.length, urls: urls.length };
}

/**
 * Medians of `a` and `b` timed back to back in each round, so both see the
 * same load on a shared machine: their ratio is the figure to read.
 */
export function pairedMedians(a: () => void, b: () => void, runs = 5): { aMs: number; bMs: number } {
	a();
	b();
	const ta: number[] = [];
	const tb: number[] = [];
	for (let i = 0; i < runs; i++) {
		let t = performance.now();
		a();
		ta.push(performance.now() - t);
		t = performance.now();
		b();
		tb.push(performance.now() - t);
	}
	const mid = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
	return { aMs: mid(ta), bMs: mid(tb) };
}
