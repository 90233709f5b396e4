/**
 * A small, stable string hash for ids (`syllabus-id`). Not cryptographic; it
 * only has to stay the same across runs, machines and versions.
 */

/** 53-bit hash of a string (cyrb53), as lower-case base 36. */
export function hashString(s: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < s.length; i++) {
		const ch = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return base36(4294967296 * (2097151 & h2) + (h1 >>> 0));
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A non-negative integer below 2^53 in base 36, eleven digits (36^11 > 2^53),
 * the same text as `v.toString(36).padStart(11, '0')` at a fifth of its cost
 * (V8's radix conversion of doubles is generic; ids are minted for every
 * resource, topic and concept). Exact: `v - r` is a multiple of 36, so the
 * division has no rounding.
 */
export function base36(v: number): string {
	let s = '';
	for (let i = 0; i < 11; i++) {
		const r = v % 36;
		s = DIGITS[r]! + s;
		v = (v - r) / 36;
	}
	return s;
}
