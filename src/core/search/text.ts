/**
 * The string work under the search index: one normal form for titles and
 * queries, trigrams, a bounded edit distance, the words of titles and URLs.
 */

/** Lower-case, no accents, words separated by single spaces. */
export function normalize(s: string): string {
	// Plain ASCII (nearly every title and URL) needs none of NFKD, accents or Unicode classes: one pass.
	let out = '';
	let gap = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 128) return normalizeUnicode(s);
		const lower = c >= 65 && c <= 90 ? c + 32 : c;
		if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
			if (gap && out) out += ' ';
			gap = false;
			out += lower === c ? s[i] : String.fromCharCode(lower);
		} else gap = true;
	}
	return out;
}

/** `normalize` for any text. */
export function normalizeUnicode(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The trigrams of a word padded with a space each side, so its first and last letters count too. */
export function trigrams(word: string, out: Set<string>): void {
	const w = ` ${word} `;
	for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
}

/** Damerau–Levenshtein distance, giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1);
		row[0] = i;
		rows.push(row);
	}
	for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		let best = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = d;
			if (d < best) best = d;
		}
		if (best > max) return max + 1;
	}
	return rows[a.length]![b.length]!;
}

/** The range of the `word`-th word of a title, `length` characters long. */
export function prefixRange(title: string, word: number, length: number): [number, number][] {
	const m = [...title.matchAll(/[\p{L}\p{N}]+/gu)][word];
	return m?.index !== undefined ? [[m.index, m.index + Math.min(length, m[0].length) - 1]] : [];
}

/** A URL's host and path, without scheme, `www.`, query or fragment: the part whose words mean something. */
export function urlWords(url: string | undefined): string {
	if (!url) return '';
	return url.replace(/^https?:\/\/(?:www\.)?/, '').replace(/[?#].*$/, '');
}
