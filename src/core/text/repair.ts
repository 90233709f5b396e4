/**
 * Mends the damage text picks up on its way into a reading list: a byte-order
 * mark, Windows line ends, and UTF-8 that was once decoded as Windows-1252
 * (`itâ€™s` for `it’s`). Line count is preserved so diagnostics keep pointing
 * at the right line of the original file.
 */

// Windows-1252 puts printable characters in 0x80–0x9F where Latin-1 has controls.
const CP1252_HIGH: Record<number, number> = {
	0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86,
	0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c,
	0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
	0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
	0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

const CONT = '\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178';
// A UTF-8 lead byte (C2–F4) read as one character, then one to three continuation bytes.
const MOJIBAKE = new RegExp(`[\u00c2-\u00f4][${CONT}]{1,3}`, 'g');
const decoder = new TextDecoder('utf-8', { fatal: true });

function toCp1252Byte(ch: string): number | undefined {
	const code = ch.charCodeAt(0);
	if (code <= 0xff) return code;
	return CP1252_HIGH[code];
}

/** Undo UTF-8 read as Windows-1252, only where the bytes decode to valid UTF-8. */
export function fixMojibake(text: string): string {
	if (!/[\u00c2-\u00f4]/.test(text)) return text;
	return text.replace(MOJIBAKE, (run) => {
		const bytes: number[] = [];
		for (const ch of run) {
			const b = toCp1252Byte(ch);
			if (b === undefined) return run;
			bytes.push(b);
		}
		try {
			return decoder.decode(new Uint8Array(bytes));
		} catch {
			return run;
		}
	});
}

/** Strip a BOM, turn CRLF and lone CR into LF, and mend mojibake. */
export function repairText(raw: string): string {
	let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
	return fixMojibake(text);
}

/**
 * Remove Liquid/Jekyll tags (`{% cite x %}`, `{{ page.title }}`) from one line.
 * Written as a scan, not a regex, so an unclosed `{%` cannot cause backtracking.
 */
export function stripLiquid(line: string): string {
	if (!line.includes('{%') && !line.includes('{{')) return line;
	let out = '';
	let i = 0;
	while (i < line.length) {
		const a = line.indexOf('{%', i);
		const b = line.indexOf('{{', i);
		const start = a < 0 ? b : b < 0 ? a : Math.min(a, b);
		if (start < 0) break;
		const close = line.startsWith('{%', start) ? '%}' : '}}';
		const end = line.indexOf(close, start + 2);
		if (end < 0) break;
		out += line.slice(i, start);
		i = end + 2;
	}
	return out + line.slice(i);
}
