/**
 * Turns the markdown text of an item into what a reader would call its title:
 * no HTML, no emphasis markers, no struck-out words, no progress markers.
 * Every pattern here is linear (no nested quantifiers), because a list may hold
 * a single 10 MB line.
 */
import { moreAdvanced, type Status } from '../note/schema';

/** Longest title we keep; longer text is cut at a word boundary. */
export const MAX_TITLE = 200;

const STATUS_MARKERS: { re: RegExp; status: Status }[] = [
	{ re: /\[(?:done|finished)\]|\((?:done|finished)\)|✅|✔️?|☑️?/giu, status: 'done' },
	{ re: /\[(?:wip|reading|in progress)\]|\((?:reading|wip|in progress)\)|📖/giu, status: 'reading' },
	{ re: /\[(?:skip|skipped)\]|\((?:skip|skipped)\)/giu, status: 'skipped' },
];


// Every marker has one of these; most items have none, and are done after one scan.
const ANY_MARKER = /[\u2705\u2714\u2611]|\u{1F4D6}|[[(](?:done|finished|wip|reading|in progress|skip|skipped)[\])]/iu;

/** Find progress markers (`[DONE]`, `✅`, `[WIP]`, `(reading)`) and remove them. */
export function takeStatusMarkers(text: string): { text: string; status?: Status } {
	if (!ANY_MARKER.test(text)) return { text };
	let status: Status | undefined;
	let out = text;
	for (const { re, status: s } of STATUS_MARKERS) {
		re.lastIndex = 0;
		if (re.test(out)) {
			status = status ? moreAdvanced(status, s) : s;
			re.lastIndex = 0;
			out = out.replace(re, ' ');
		}
	}
	return status ? { text: out, status } : { text: out };
}

/** Remove `~~struck~~` spans entirely. */
export function dropStruck(text: string): string {
	return text.includes('~~') ? text.replace(/~~[^~]*~~/g, ' ') : text;
}

/** Strip HTML tags, emphasis, code ticks and escapes; collapse white space. */
export function stripMarkup(text: string): string {
	// Plain words need none of the passes below.
	if (!/[~<*_`\\&]/.test(text)) return collapse(text);
	let t = dropStruck(text);
	if (t.includes('<')) t = t.replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, ' ');
	t = t.replace(/\*\*|__|`/g, '');
	// Single `*`/`_` emphasis goes only at word edges, so `snake_case` and `2*3` stay.
	// No lookbehind: iOS before 16.4 cannot run it.
	if (t.includes('*')) t = t.replace(/(^|[\s([{])\*(?=\S)|(\S)\*(?=$|[\s)\]}.,:;!?])/g, keepEdges);
	if (t.includes('_')) t = t.replace(/(^|[\s([{])_(?=\S)|(\S)_(?=$|[\s)\]}.,:;!?])/g, keepEdges);
	if (t.includes('\\')) t = t.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
	if (t.includes('&')) t = decodeEntities(t);
	return collapse(t);
}

function keepEdges(_m: string, before: string | undefined, after: string | undefined): string {
	return (before ?? '') + (after ?? '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(t: string): string {
	return t.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (m, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
		}
		return ENTITIES[body.toLowerCase()] ?? m;
	});
}

/** Collapse runs of white space and trim. */
export function collapse(text: string): string {
	return /\s\s|[\t\n\r\u00a0]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** True for the characters `\s` matches and `trim` removes. */
export function isSpace(c: number): boolean {
	if (c > 32 && c < 160) return false;
	if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680) return true;
	return (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** White space and the separators a list puts between a title and its note: `-`, `–`, `—`, `:`, `;`, `,`, `|`, `=`, `~`. */
function isSeparator(c: number): boolean {
	return c === 45 || c === 58 || c === 59 || c === 44 || c === 124 || c === 61 || c === 126 || c === 0x2013 || c === 0x2014 || isSpace(c);
}

/** Where the text is left once leading separators (and `>`) and trailing ones (and `<`) are trimmed. */
function separatorBounds(text: string): [number, number] {
	let start = 0;
	while (start < text.length) {
		const c = text.charCodeAt(start);
		if (c !== 62 && !isSeparator(c)) break;
		start++;
	}
	let end = text.length;
	while (end > start) {
		const c = text.charCodeAt(end - 1);
		if (c !== 60 && !isSeparator(c)) break;
		end--;
	}
	return [start, end];
}

/** Trim separators a list puts between a title and its note (`-`, `:`, `->`, `|`). */
export function trimSeparators(text: string): string {
	const [start, end] = separatorBounds(text);
	return start === 0 && end === text.length ? text : text.slice(start, end);
}

// White space other than a plain space, or two spaces in a row.
const SPACE_TO_COLLAPSE = /[^\S ]| {2}/;

/** `trimSeparators`, with every run of white space inside made one space: one pass. */
export function trimAndCollapse(text: string): string {
	// Most titles have single plain spaces only: then only the ends need trimming.
	if (!SPACE_TO_COLLAPSE.test(text)) return trimSeparators(text);
	const [start, end] = separatorBounds(text);
	let out = '';
	let from = start;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (!isSpace(c)) continue;
		let j = i + 1;
		while (j < end && isSpace(text.charCodeAt(j))) j++;
		if (c !== 32 || j > i + 1) {
			out += text.slice(from, i) + ' ';
			from = j;
		}
		i = j - 1;
	}
	if (from === 0 && end === text.length) return text;
	return out + text.slice(from, end);
}

/** Cut an overlong title at a word boundary. */
export function capTitle(title: string): string {
	if (title.length <= MAX_TITLE) return title;
	const cut = title.slice(0, MAX_TITLE);
	const space = cut.lastIndexOf(' ');
	return (space > MAX_TITLE / 2 ? cut.slice(0, space) : cut) + '…';
}

/**
 * A key under which two spellings of one title meet: `QLoRA`, `QLORA` and
 * `q-lora` all become `qlora`.
 */
export function titleKey(title: string): string {
	// ASCII text needs no Unicode normalisation: letters lower-cased, everything but letters and digits dropped.
	if (!NON_ASCII.test(title)) return title.toLowerCase().replace(/[^a-z0-9]+/g, '');
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

// Any character above U+007F (written as a range from the first printable one: lint forbids control characters in patterns).
const NON_ASCII = /[\u0080-\uffff]/;

// Link texts that name the medium, not the thing (`[Paper](…) [Code](…)`), and
// labels that say nothing about it (`[idk](…)`, `[Another one](…)`).
const GENERIC = new Set(
	[
		'paper', 'papers', 'code', 'pdf', 'tweet', 'thread', 'link', 'links', 'here', 'click here', 'this',
		'blog', 'blog post', 'post', 'video', 'slides', 'website', 'site', 'web', 'homepage', 'home page',
		'repo', 'repository', 'github', 'gitlab', 'arxiv', 'project', 'project page', 'demo', 'source',
		'url', 'docs', 'documentation', 'hf', 'huggingface', 'hugging face', 'model', 'dataset', 'talk',
		'youtube', 'read more', 'more', 'article', 'stuff', 'idk', 'another one', 'another blog', 'some blog',
		'another', 'notebook', 'colab', 'poster', 'abstract', 'html', 'openreview', 'x', 'twitter',
		// Media and parts of a work: a link so labelled is the work's book, course page or notes, not its name.
		'book', 'ebook', 'e book', 'online book', 'course', 'course page', 'course website', 'lecture', 'lectures', 'lecture notes',
		'notes', 'playlist', 'video playlist', 'videos', 'materials', 'syllabus', 'official', 'official code', 'implementation',
		'webpage', 'web page', 'page', 'preprint', 'bibtex', 'citation', 'cite', 'supplementary', 'appendix', 'recording',
		'lecture playlist', 'lecture videos', 'lecture slides', 'lecture series', 'video lectures', 'course materials', 'course notes', 'class website', 'course site',
		'note', 'jupyter notebook', 'jupyter notebooks', 'notebooks', 'ipython notebook', 'kaggle', 'open in colab',
		// The same, in the languages lists are written in.
		'点击这里', '这里', '链接', '地址', '论文', '代码', '视频', '项目', '官网', '主页', '博客', '下载', '课程', '讲义', '笔记', '原文',
		'こちら', 'リンク', '論文', 'コード', '動画', 'スライド', '資料', '링크', '논문', '코드', '영상', '강의', '여기',
	],
);

/** True for a link text that cannot serve as a title (`Paper`, `Code`, `link`). */
export function isGenericLabel(label: string): boolean {
	let known = genericMemo.get(label);
	if (known === undefined) {
		if (genericMemo.size >= MEMO_SIZE) genericMemo.clear();
		genericMemo.set(label, (known = genericLabel(label)));
	}
	return known;
}

// Lists repeat their labels thousands of times (`Paper`, `Code`, `Link to Course`): each is judged once, in a bounded memo.
const MEMO_SIZE = 20_000;
const genericMemo = new Map<string, boolean>();

function genericLabel(label: string): boolean {
	// A long name is no generic label, unless it points at one (`Link to Materials`) or numbers one (`Documentation 2`, `Book $18`).
	if (longAsciiWords(label) && !MAY_POINT.test(label)) return false;
	const l = labelWords(label);
	if (l === '' || GENERIC.has(l) || /^\d+$/.test(l) || SLOT.test(l)) return true;
	// `Link to Course`, `Watch the video`, `Slides here`: words that point at a generic label.
	const bare = l.replace(POINTING_WORDS, '').replace(/ (?:link|here)$/, '').replace(PART_OF, '').replace(/ \d{1,4}$/, '');
	if (bare !== l && (bare === '' || GENERIC.has(bare))) return true;
	// A few words that end in `URL` or `link` say what a link is (`Course URL`, `Blog link`), not what it is called.
	return /^(?:\S+ ){1,3}(?:url|urls|link|links)$/.test(l);
}

// A slot in a schedule (`week01`, `Lecture 3`, `hw2 (extra)`), not the name of what fills it.
const SLOT = /^(?:week|wk|lecture|lec|day|unit|module|chapter|ch|part|session|class|lab|hw|homework|assignment|seminar|tutorial|section|step|episode|ep|problem set|pset) ?\d{1,3}[a-z]?(?: (?:extra|optional|bonus))?$/;
// Words that point at what a link is (`Link to`, `Watch the`, `… here`) or number it (`Book 2`): such a long label may still be generic.
const MAY_POINT = /^\W*(?:link|go|view|open|watch|read|see|visit|access|download|get|click)\b|\b(?:links?|here|urls?)\W*$|\d\W*$/i;
const POINTING_WORDS = /^(?:link (?:to|for)|go to|view|open|watch|read|see|visit|access|download|get|click for) (?:the )?/;
// Which part of a work a generic label points at (`Link to Course - Part 2`, `Slides (lecture 3)`).
const PART_OF = / (?:part|pt|vol|volume|lecture|lec|chapter|ch|week|day|session|video|episode|ep) ?\d{1,3}[a-z]?$/;

/** Letters and digits in the longest generic label: a label with more is none of them. */
const LONGEST_GENERIC = Math.max(...[...GENERIC].map((g) => g.replace(/[^a-z0-9]/g, '').length));

/**
 * True for ASCII text with a letter and more letters and digits than the
 * longest generic label has: no generic label, so most titles are answered
 * without building their words.
 */
function longAsciiWords(label: string): boolean {
	let count = 0;
	let letter = false;
	for (let i = 0; i < label.length; i++) {
		const c = label.charCodeAt(i);
		if (c >= 128) return false;
		if (c >= 48 && c <= 57) count++;
		else if ((c | 32) >= 97 && (c | 32) <= 122) {
			count++;
			letter = true;
		}
	}
	return letter && count > LONGEST_GENERIC;
}

/** A label's letters and digits, lower case, words one space apart. */
export function labelWords(label: string): string {
	let known = wordsMemo.get(label);
	if (known === undefined) {
		if (wordsMemo.size >= MEMO_SIZE) wordsMemo.clear();
		wordsMemo.set(label, (known = wordsOfLabel(label)));
	}
	return known;
}

const wordsMemo = new Map<string, string>();

function wordsOfLabel(label: string): string {
	const lower = label.toLowerCase();
	// ASCII text (nearly every label) needs no Unicode property classes.
	return (NON_ASCII.test(lower) ? lower.replace(/[^\p{L}\p{N} ]+/gu, ' ') : lower.replace(/[^a-z0-9 ]+/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** True if the text is nothing but a URL (a title must never be one). */
export function looksLikeUrl(text: string): boolean {
	return /^(?:https?:\/\/|www\.)\S+$/i.test(text.trim());
}
