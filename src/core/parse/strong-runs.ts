/**
 * Which `**` in item text markdown-it reads as strong emphasis, for the
 * shapes where that is plain to tell: every `*` stands in a run of exactly
 * two, each run can only open or only close (CommonMark's flanking rules,
 * as markdown-it's `scanDelims` applies them, with ASCII neighbours), and in
 * each scope — the text outside links, each link's label — the runs open and
 * close in turn. Then each closer takes the opener before it and every run
 * becomes a strong mark. Anything else answers `undefined` (markdown-it
 * decides). A run inside a link's target is part of the address.
 */

/** markdown-it's `isWhiteSpace` on ASCII. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** markdown-it's `isMdAsciiPunct`: ASCII punctuation and symbols. */
const isPunct = (c: number): boolean => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

const OPEN = 1;
const CLOSE = -1;

/** Whether the `**` at `at` can open (1) or close (-1) only, in a scope ending at `max`; 0 when it can do both or neither, or a neighbour is not ASCII. */
function role(text: string, at: number, max: number): number {
	const last = at > 0 ? text.charCodeAt(at - 1) : 32;
	const next = at + 2 < max ? text.charCodeAt(at + 2) : 32;
	if (last >= 128 || next >= 128) return 0;
	const left = !isSpace(next) && (!isPunct(next) || isSpace(last) || isPunct(last));
	const right = !isSpace(last) && (!isPunct(last) || isSpace(next) || isPunct(next));
	return left && !right ? OPEN : right && !left ? CLOSE : 0;
}

/** True if the runs (offsets) of one scope ending at `max` open and close in turn, ending closed. */
function inTurn(text: string, runs: number[], max: number): boolean {
	let expect = OPEN;
	for (const at of runs) {
		if (role(text, at, max) !== expect) return false;
		expect = -expect;
	}
	return expect === OPEN;
}

/**
 * The offsets of the top level's strong marks, or `undefined` when only
 * markdown-it can tell. `links` holds each link's `[`, `]` and `)` offsets,
 * three numbers a link, in order.
 */
export function strongRuns(text: string, links: number[]): number[] | undefined {
	const top: number[] = [];
	let label: number[] = [];
	let k = 0;
	for (let i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i + 2)) {
		if (text.charCodeAt(i + 1) !== 42 || text.charCodeAt(i + 2) === 42) return undefined;
		// Close the scopes of the links that end before this run.
		while (k < links.length && links[k + 2]! < i) {
			if (!inTurn(text, label, links[k + 1]!)) return undefined;
			label = [];
			k += 3;
		}
		if (k < links.length && i > links[k]!) {
			// Inside a link: its label is a scope of its own; in its target the run is part of the address.
			if (i < links[k + 1]!) label.push(i);
			continue;
		}
		top.push(i);
	}
	for (; k < links.length; k += 3) {
		if (!inTurn(text, label, links[k + 1]!)) return undefined;
		label = [];
	}
	return inTurn(text, top, text.length) ? top : undefined;
}
