/**
 * Finding concept mentions in a long note: a 1 MB note of prose, code and
 * links against 2,000 concept names, beside a plain word split of the same
 * text measured in the same run, and at half the size to show the cost grows
 * linearly.
 */
import { findMentions, type MentionTarget } from '../core';
import { median } from './measure';

const PROSE = [
	'The authors fine-tune with LoRA and compare it against QLoRA on a 4-bit base model.',
	'Serving runs on vLLM with grouped query attention; the KV cache is paged.',
	'See [[Flash Attention]] and https://arxiv.org/abs/2205.14135 for the kernel, and `rope = RoPE(dim)` in code.',
	'Rotary position embedding (RoPE) generalises to longer contexts than absolute positions.',
	'',
].join('\n');

function targets(n: number): MentionTarget[] {
	const named = ['LoRA', 'QLoRA', 'vLLM', 'KV cache', 'Grouped Query Attention', 'RoPE', 'Flash Attention'];
	const out = named.map((title) => ({ key: `Concepts/${title}.md`, title, aliases: [] as string[] }));
	for (let i = out.length; i < n; i++) out.push({ key: `Concepts/c${i}.md`, title: `concept ${i} of the reading group`, aliases: [`rgc${i}`] });
	return out;
}

/** The benchmark's rows and figures. */
export function mentionBench(): { rows: [string, string, string, string][]; figures: Record<string, number> } {
	const all = targets(2000);
	const note = (bytes: number): string => PROSE.repeat(Math.ceil(bytes / PROSE.length));
	const full = note(1024 * 1024);
	const half = note(512 * 1024);
	const fullMs = median(() => void findMentions(full, all), 5);
	const halfMs = median(() => void findMentions(half, all), 5);
	const splitMs = median(() => void full.split(/\s+/).length, 5);
	// Twice the text should take twice the time; quadratic work would take four times.
	// Timings on a shared machine wobble, so the line is drawn between the two (the unit
	// test counts steps, which does not wobble).
	const ratio = fullMs / halfMs;
	// A run over a vault: 1,000 notes of about 2 KB, the same 2k concepts.
	const notes = Array.from({ length: 1000 }, (_, i) => `${note(2048)}Note ${i}.`);
	const manyMs = median(() => {
		for (const n of notes) findMentions(n, all);
	}, 3);
	const manySplitMs = median(() => {
		for (const n of notes) n.split(/\s+/);
	}, 3);
	return {
		rows: [
			['mentions in a 1 MB note, 2k concepts (ms)', fullMs.toFixed(1), `word split ${splitMs.toFixed(1)}; 512 KB ${halfMs.toFixed(1)} (×${ratio.toFixed(2)})`, ratio < 3.2 ? 'met' : 'MISSED'],
			['mentions in 1,000 notes of 2 KB, 2k concepts (ms)', manyMs.toFixed(1), `word split ${manySplitMs.toFixed(1)}; one 1 MB note ${fullMs.toFixed(1)}`, manyMs <= fullMs * 4 ? 'met' : 'MISSED'],
		],
		figures: { mentions1MBMs: +fullMs.toFixed(1), mentions512KBMs: +halfMs.toFixed(1), wordSplit1MBMs: +splitMs.toFixed(1), mentions1000NotesMs: +manyMs.toFixed(1) },
	};
}
