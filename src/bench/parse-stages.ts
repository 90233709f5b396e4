/**
 * The parse figure split by stage, so a regression shows where it is. The
 * parse layer (`parseList`, figure `stageBlocksMs`) in its own stages: the
 * pre-passes (repair, comments, front matter, Liquid, admonitions, outline
 * indentation), markdown-it's block parse, the walk of its tokens into the
 * outline (`readRun`), and the links of each line. Then the catalog's: the
 * inline layer alone (`scanInline` of every node's text and cell, as the
 * list context reads them), the list context (every text's inline parts,
 * their links canonicalised once, label words), resolving every item and
 * row against a context already built, both together (`stageItemsMs`, the
 * figure of old), canonicalising every link alone, kinds and URL titles
 * alone, and what is left of `buildCatalog` (walking the outline and
 * merging). Each stage runs on the same text as the parse figure.
 */
import type { OutlineNode } from '../core';
import { buildCatalog, canonicalize, parseList } from '../core';
import { listContext } from '../core/catalog/context';
import { resolveItem } from '../core/catalog/resolve';
import { readRow } from '../core/catalog/row';
import { scanInline } from '../core/parse/inline';
import { linksByLine } from '../core/parse/line-links';
import { blockTokens, outlineOf, textOf } from '../core/parse/list';
import { prepass } from '../core/parse/prepass';
import { repairText } from '../core/text/repair';
import { canonicalMemo, type CanonicalUrl } from '../core/url/canonical';
import { kindOf, titleFromUrl } from '../core/url/kind';
import { median } from './measure';

/** Milliseconds per stage (median of `runs`), and the counts each stage saw. */
export interface ParseStages {
	totalMs: number;
	/** `parseList` whole: the next four stages and what joins them. */
	blocksMs: number;
	prepassMs: number;
	mdBlocksMs: number;
	treeMs: number;
	lineLinksMs: number;
	inlineMs: number;
	contextMs: number;
	resolveMs: number;
	/** The list context and resolving every item: what reading the items costs in all. */
	itemsMs: number;
	canonicalMs: number;
	kindsMs: number;
	/** `totalMs` less blocks and items: walking the outline and merging into the catalog. */
	mergeMs: number;
	nodes: number;
	texts: number;
	tokens: number;
	urls: number;
}

function flatten(nodes: OutlineNode[], out: OutlineNode[] = []): OutlineNode[] {
	for (const n of nodes) {
		if (n.type !== 'code') out.push(n);
		flatten(n.children, out);
	}
	return out;
}

/** Every item and row read against `ctx`, as the walk reads them. */
function resolveAll(nodes: OutlineNode[], ctx: ReturnType<typeof listContext>): void {
	for (const n of nodes) {
		resolveItem(n.text, { line: n.line, diagnostics: [] }, ctx);
		if (n.type === 'table-row') readRow(n.cells ?? [], true, { line: n.line, diagnostics: [], ctx });
	}
}

/** Time each stage of parse + catalog on `text`. */
export function parseStages(text: string, runs = 3): ParseStages {
	const file = 'l.md';
	const parsed = parseList(file, text);
	const nodes = flatten(parsed.nodes);
	const texts: string[] = [];
	for (const n of nodes) {
		if (n.text) texts.push(n.text);
		for (const c of n.cells ?? []) if (c.value) texts.push(c.value);
	}
	const urls = parsed.links.flatMap((l) => l.urls);
	const canons = urls.map((u) => canonicalize(u)).filter((c): c is CanonicalUrl => c !== undefined);
	const pre = prepass(repairText(text), file, []);
	const joined = textOf(pre.lines);
	const tokens = blockTokens(joined, {});
	const blocksMs = median(() => void parseList(file, text), runs);
	const prepassMs = median(() => void prepass(repairText(text), file, []), runs);
	const mdBlocksMs = median(() => void blockTokens(joined, {}), runs);
	const treeMs = median(() => void outlineOf(tokens, pre.lines, file, [], {}), runs);
	const lineLinksMs = median(() => void linksByLine(pre.lines), runs);
	const inlineMs = median(() => {
		for (const t of texts) scanInline(t, parsed.refs);
	}, runs);
	// A fresh context (and memo) each run, so every text's inline parts and links are read again as the catalog reads them.
	const contextMs = median(() => void listContext(file, parsed.nodes, parsed.refs, canonicalMemo()), runs);
	// One context for every run, built before the timing: its inline parts and links are read already, as in
	// `buildCatalog`, and building a fresh one right before each run would leave its garbage to this stage.
	const ctx = listContext(file, parsed.nodes, parsed.refs, canonicalMemo());
	const resolveMs = median(() => resolveAll(nodes, ctx), runs);
	const itemsMs = median(() => resolveAll(nodes, listContext(file, parsed.nodes, parsed.refs, canonicalMemo())), runs);
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
	return {
		totalMs, blocksMs, prepassMs, mdBlocksMs, treeMs, lineLinksMs, inlineMs, contextMs, resolveMs, itemsMs, canonicalMs, kindsMs,
		mergeMs: Math.max(0, totalMs - blocksMs - itemsMs), nodes: nodes.length, texts: texts.length, tokens: tokens.length, urls: urls.length,
	};
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
