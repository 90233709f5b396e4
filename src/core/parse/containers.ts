/**
 * Blocks that hold a document of their own: MkDocs admonitions (`!!! note
 * "Title"`), quotes and callouts (`> [!tip] Title`), and `<details>` with a
 * `<summary>`. Each taker returns the container's title, its body lines
 * (dedented, markers removed) and the line after it; the block parser parses
 * the body and hangs it under the title.
 */
import { stripMarkup } from '../text/clean';
import { dedent, indentOf, isBlank, matchAdmonition, type Line } from './lines';

export interface Container {
	title: string;
	body: Line[];
	next: number;
}

export function takeAdmonition(lines: Line[], i: number): Container {
	const adm = matchAdmonition(lines[i]!.text)!;
	const body: Line[] = [];
	let j = i + 1;
	for (; j < lines.length; j++) {
		const t = lines[j]!.text;
		if (!isBlank(t) && indentOf(t) < adm.indent + 4) break;
		body.push({ text: dedent(t, adm.indent + 4), line: lines[j]!.line });
	}
	return { title: stripMarkup(adm.title), body, next: j };
}

export function takeQuote(lines: Line[], i: number): Container {
	const body: Line[] = [];
	let j = i;
	for (; j < lines.length; j++) {
		const t = lines[j]!.text;
		const m = /^[ \t]{0,3}>[ \t]?/.exec(t);
		if (!m) break;
		body.push({ text: t.slice(m[0].length), line: lines[j]!.line });
	}
	let title = '';
	const alert = body[0] ? /^\[!([A-Za-z]+)\][+-]?[ \t]*(.*)$/.exec(body[0].text) : null;
	if (alert) {
		title = stripMarkup(alert[2] ?? '');
		body.shift();
	}
	return { title, body, next: j };
}

export function takeDetails(lines: Line[], i: number): Container {
	const body: Line[] = [];
	let nesting = 0;
	let j = i;
	let title = '';
	for (; j < lines.length; j++) {
		let t = lines[j]!.text;
		nesting += (t.match(/<details\b/gi) ?? []).length;
		const closes = (t.match(/<\/details>/gi) ?? []).length;
		nesting -= closes;
		const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(t);
		if (summary && !title) {
			title = stripMarkup(summary[1] ?? '');
			t = t.replace(summary[0], '');
		}
		t = t.replace(/<\/?details\b[^>]*>/gi, '');
		body.push({ text: t, line: lines[j]!.line });
		if (nesting <= 0) {
			j++;
			break;
		}
	}
	return { title, body, next: j };
}
