import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBefore, hasPlaceholderName, isInside, MAX_NAME_BYTES, nameByRules, normalizePath, nthName, safeFileName } from './names';

const bytes = (s: string): number => new TextEncoder().encode(s).length;

describe('safeFileName', () => {
	it('removes what file systems and links forbid', () => {
		expect(safeFileName('RLHF: Reinforcement Learning from Human Feedback')).toBe('RLHF - Reinforcement Learning from Human Feedback');
		expect(safeFileName('Self Attention / Cross attention')).toBe('Self Attention - Cross attention');
		expect(safeFileName('What? *Really* "quoted" <tag> #1 ^block [x] a|b')).toBe('What Really quoted tag 1 block x a - b');
		expect(safeFileName('a\u0000b\u0007c\u009fd')).toBe('a b c d');
	});

	it('gives every title the name the rules give it, whether or not it takes the shortcut', () => {
		const unit = fc.constantFrom('a', 'Z', '0', ' ', ' ', '.', '-', '_', '(', ')', ':', '/', '|', '#', '[', '"', '\t', '\u00e9', 'e\u0301', '\u00a0');
		const words = fc.constantFrom('nul', 'CON', 'com1', 'lpt9 .txt', 'Attention', 'a - - b', 'a - b', 'x -', '-x', 'GPT-4', '1.5', 'a.b.');
		const title = fc.oneof(fc.string({ unit, maxLength: 14 }), words, fc.tuple(words, fc.string({ unit, maxLength: 4 })).map(([w, t]) => w + t));
		fc.assert(fc.property(title, (t) => {
			expect(safeFileName(t)).toBe(nameByRules(t));
		}), { numRuns: 20000 });
		for (const t of ['x'.repeat(240), 'x'.repeat(241), 'Plain title (2023)', 'a  b']) expect(safeFileName(t), t).toBe(nameByRules(t));
	});

	it('names a title with control characters as the same title with spaces for them', () => {
		const spaced = (s: string): string => [...s].map((ch) => (ch.charCodeAt(0) < 0x20 || (ch.charCodeAt(0) >= 0x7f && ch.charCodeAt(0) <= 0x9f) ? ' ' : ch)).join('');
		const unit = fc.constantFrom('a', 'Z', ' ', '.', '\u0000', '\t', '\n', '\u001f', '\u007f', '\u0085', '\u009f', '\u00a0', '\ud83d', '\ude00', '\u00e9');
		fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (s) => {
			expect(safeFileName(s)).toBe(safeFileName(spaced(s)));
		}), { numRuns: 5000 });
	});

	it('never starts with a dot or ends with a dot or space, and never leaves the folder', () => {
		expect(safeFileName('.hidden')).toBe('hidden');
		expect(safeFileName('trailing. . ')).toBe('trailing');
		expect(safeFileName('../../etc/passwd')).toBe('etc - passwd');
		expect(safeFileName('..')).toBe('Untitled');
		expect(safeFileName('')).toBe('Untitled');
	});

	it('avoids Windows device names, with or without extensions, in any case', () => {
		const devices = ['CON', 'PRN', 'AUX', 'NUL', ...[...'0123456789¹²³'].flatMap((d) => [`COM${d}`, `LPT${d}`])];
		// Windows reads only the part before the first dot, ignoring spaces before it.
		const isDevice = (name: string): boolean => devices.includes(name.split('.')[0]!.trimEnd().toUpperCase());
		for (const d of devices) {
			for (const n of [d, d.toLowerCase(), `${d[0]}${d.slice(1).toLowerCase()}`, `${d}.txt`, `${d.toLowerCase()}.tar.gz`, `${d}.md`, `${d} .x`, `${d}.`, `${d} `, `${d}...`]) {
				const safe = safeFileName(n);
				expect(isDevice(safe), `${n} → ${safe}`).toBe(false);
				expect(safe.toUpperCase().startsWith(d), n).toBe(true);
			}
		}
		expect(safeFileName('nul.txt')).toBe('nul_.txt');
		expect(safeFileName('con.tar.gz')).toBe('con_.tar.gz');
		expect(safeFileName('COM1.md')).toBe('COM1_.md');
		expect(safeFileName('lpt9.x')).toBe('lpt9_.x');
		expect(safeFileName('aux')).toBe('aux_');
		for (const n of ['Console', 'Auxiliary losses', 'nullable types', 'COM10', 'LPT', 'com1x.txt', 'Prn-style.md']) expect(safeFileName(n), n).toBe(n);
	});

	it('caps long names at 240 UTF-8 bytes without splitting a character', () => {
		const long = safeFileName('😀 emoji '.repeat(60));
		expect(bytes(long)).toBeLessThanOrEqual(MAX_NAME_BYTES);
		expect(long).not.toContain('\ufffd');
		expect(bytes(safeFileName('x'.repeat(400)))).toBe(240);
	});
});

describe('fitBefore', () => {
	// The rule as first written: encode the whole prefix again for each character.
	const reference = (base: string, suffix: string): string => {
		const room = MAX_NAME_BYTES - bytes(suffix);
		let out = '';
		for (const ch of base) {
			if (bytes(out + ch) > room) break;
			out += ch;
		}
		return out.trimEnd();
	};

	it('cuts as encoding every prefix would, for short and long names in every width of UTF-8', () => {
		const unit = fc.constantFrom('a', ' ', 'é', '中', '😀', '\ud800', '\udc00', '.');
		const base = fc.oneof(fc.string({ unit, maxLength: 20 }), fc.string({ unit, minLength: 70, maxLength: 260 }));
		const suffix = fc.constantFrom('', ' (paper)', ' (concept) 12', ' (中文)');
		fc.assert(
			fc.property(base, suffix, (b, s) => {
				expect(fitBefore(b, s)).toBe(reference(b, s));
			}),
			{ numRuns: 5000 },
		);
	});

	it('leaves room for the suffix without splitting a character', () => {
		const cut = fitBefore('😀'.repeat(100), ' (paper)');
		expect(bytes(cut) + bytes(' (paper)')).toBeLessThanOrEqual(MAX_NAME_BYTES);
		expect(cut).toBe('😀'.repeat(58));
	});
});

describe('normalizePath', () => {
	it('follows Obsidian: forward slashes, no edge or doubled slashes, NFC', () => {
		expect(normalizePath('\\Syllabus//Topics/')).toBe('Syllabus/Topics');
		expect(normalizePath('Cafe\u0301')).toBe('Café');
		expect(normalizePath('a\u00a0b')).toBe('a b');
		expect(normalizePath('')).toBe('/');
	});

	it('gives what the full rules give, for paths its shortcut passes through and the rest', () => {
		const rules = (path: string): string => path.replace(/[\\/]+/g, '/').replace(/\u00a0|\u202f/g, ' ').replace(/^\/+|\/+$/g, '').normalize('NFC') || '/';
		const path = fc.string({ unit: fc.constantFrom(...'ab /\\.\u00a0\u202fe\u0301~'.split('')), maxLength: 10 });
		fc.assert(
			fc.property(path, (p) => {
				expect(normalizePath(p)).toBe(rules(p));
			}),
			{ numRuns: 20000 },
		);
	});

	it('tells a path that leaves the vault', () => {
		expect(isInside('Syllabus/x.md')).toBe(true);
		expect(isInside('Syllabus/../../x.md')).toBe(false);
	});
});

describe('placeholder names', () => {
	it('are the names a note takes in turn, each one fitting', () => {
		const long = 'x'.repeat(MAX_NAME_BYTES);
		expect([1, 2, 3].map((n) => nthName('arXiv - 2205.14135', 'paper', n))).toEqual(['arXiv - 2205.14135', 'arXiv - 2205.14135 (paper)', 'arXiv - 2205.14135 (paper) 2']);
		expect(new TextEncoder().encode(nthName(long, 'concept', 3)).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
		expect(nthName(long, 'concept', 3).endsWith(' (concept) 2')).toBe(true);
	});

	it.each([
		['Syllabus/Resources/arXiv - 2205.14135.md', 'https://arxiv.org/abs/2205.14135', true],
		['Syllabus/Resources/arXiv - 2205.14135 (paper).md', 'https://arxiv.org/pdf/2205.14135v2', true],
		['Syllabus/Resources/arXiv - 2205.14135 (paper) 2.md', 'https://arxiv.org/abs/2205.14135', true],
		['Syllabus/Resources/FlashAttention.md', 'https://arxiv.org/abs/2205.14135', false],
		['Syllabus/Resources/karpathy - nanoGPT.md', 'https://github.com/karpathy/nanoGPT', true],
		['Syllabus/Resources/YouTube video kCc8FmEb1nY.md', 'https://youtu.be/kCc8FmEb1nY', true],
		['Syllabus/Resources/My favourite video.md', 'https://youtu.be/kCc8FmEb1nY', false],
	])('%s for %s: %s', (path, url, expected) => {
		expect(hasPlaceholderName(path, url)).toBe(expected);
	});
});
