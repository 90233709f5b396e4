/**
 * Which sections are topics. A heading or fold is a topic when it names a
 * group of readings; it adds no level when it only folds or labels what the
 * section above holds: a fold labelled `more` or `Toggle section`, a title
 * repeated under many sections (`📚 References`, `2024`, `Implementation`),
 * or a line that introduces what follows (`To learn:`). Also the small
 * readers the walk uses around sections: a heading's title as a whole, a
 * sentence (never a concept).
 */
import type { OutlineNode } from '../types';
import { isGenericLabel, labelWords, stripMarkup, titleKey } from '../text/clean';
import { finishTitle } from '../text/title';
import { REPEATED_FROM, type ListContext } from './context';
import type { ItemReading } from './resolve';
import type { FurnitureKind } from './roles';
import { cleanTitle } from './words';
import { PLAIN_HEADING } from '../parse/outline';

// A fold's summary that says how to open it, not what it holds.
const FOLD_LABEL = /^(?:more|show|show more|see more|view more|read more|click|click here|click to (?:expand|show|see|view|open)|expand|toggle|toggle section|details|open|hide|collapse|others?|list|full list|spoiler)(?:\s|$)/;
// Sub-headings that sort a section's links by medium: repeated under two sections, they add no level.
const GROUP_WORD = /^(?:references?|resources?|papers?|links?|notebooks?|further reading|readings?|materials?|code|videos?|blogs?|articles?|tutorials?|books?|courses?|slides|datasets?|tools?|misc(?:ellaneous)?|overview|implementation|see also|related(?: work)?|extras?|lectures?)$/;

// Sections about the list itself, not its subject: their links are page furniture.
const FURNITURE_SECTION: [RegExp, FurnitureKind | 'contents'][] = [
	[/^(?:contributors?|contributing|how to contribute|contribution guidelines?|acknowledge?ments?|thanks|credits?|authors?|maintainers?|team|(?:course )?staff|core team|about (?:me|us|the authors?)|contact(?: us| me)?|(?:the )?people|who we are|contribuidores|colaboradores|contribuyentes|contribuciones|contributeurs|remerciements|mitwirkende|danksagung|贡献者|致谢|貢献者|謝辞|기여자)\b/, 'profile'],
	[/^(?:licen[cs]e|copyright|licença|licencia|lizenz|许可证?|ライセンス|라이선스)\b/, 'licence'],
	[/^(?:citation|citing|cite(?: this)?|how to cite|bibtex|reference this|citação|citación|引用)\b/, 'citation'],
	[/^(?:star history|stargazers|stars over time)\b/, 'star history'],
	[/^(?:sponsors?|sponsorship|support (?:us|this project)|donate|backers|patrocinadores|赞助)\b/, 'sponsor'],
	[/^(?:(?:table of )?contents|toc|sumário|sumario|índice|indice|table des matières|inhaltsverzeichnis|目录|目次|목차)$/, 'contents'],
];
// A table of contents names no subject: its links are contents; if it holds sections, they are the list itself.
const CONTENTS_TITLE = /^(?:(?:table of )?contents?|toc|sumário|sumario|índice|indice|table des matières|inhaltsverzeichnis|目录|目次|목차)$/;

/** The kind of furniture a section holds when its title says it is about the list itself (`Contributors`, `License`, `Citation`), else undefined. */
export function furnitureSection(title: string): FurnitureKind | 'contents' | undefined {
	const words = labelWords(title);
	for (const [re, kind] of FURNITURE_SECTION) if (re.test(words)) return kind;
	return undefined;
}

/** The words of a heading as its title: the whole line, not only what comes before a colon. */
export function headingTitle(node: OutlineNode, reading: ItemReading): string {
	if (reading.resources.length) return cleanTitle(stripMarkup(node.text.replace(/\]\([^)]*\)/g, ']')));
	return reading.whole;
}

/** True if a section only folds or labels what its parent holds, so its readings belong to the section above. */
export function addsNoLevel(node: OutlineNode, title: string, ctx: ListContext): boolean {
	const words = labelWords(title);
	if (node.origin === 'fold' && (!words || FOLD_LABEL.test(words))) return true;
	// Titled contents but holding sections of its own, it is the list under a title.
	if (CONTENTS_TITLE.test(words) && node.children.some((c) => c.type === 'heading')) return true;
	const count = ctx.headingCount(titleKey(node.text));
	if (count >= REPEATED_FROM || (count >= 2 && (GROUP_WORD.test(words) || DATE_TITLE.test(words)))) return true;
	// A date on a line of its own (`2017-07-09`) marks when, not what: its readings belong to the section above.
	if (DATE_TITLE.test(words) && node.level !== undefined && node.level >= PLAIN_HEADING && !node.origin) return true;
	// A line of the list, not a heading, that ends in a colon introduces what follows (`To learn:`).
	return node.level !== undefined && node.level >= PLAIN_HEADING && !node.origin && /:\s*$/.test(stripMarkup(node.text));
}

const LOGISTICS = /^(?:(?:final |midterm |mid term )?(?:exam|exams|examination|quiz|quizzes|test)|midterm|final|homeworks?|assignments?|problem sets?|(?:project )?(?:final )?presentations?|project|projects|office hours|no class|holiday|break|spring break|reading week|review session|recitation|wip|tbd|tba|todo|to do|coming soon)$/;
// A year, a month or a day, written as numbers (`2021`, `2017 07`, `2017 07 09` once punctuation is gone).
const DATE_TITLE = /^(?:19|20)\d\d(?: \d{1,2}){0,2}$/;
const ABBREV_END = /(?:\bet al|\be\.g|\bi\.e|\betc|\bvs|\bInc|\bLtd|\b[A-Z])\.$/;

/** True for words that make a sentence (a full stop or more than fourteen words), introduce (`…:`) or credit someone (`Author: …`): never a concept. */
export function isSentence(title: string): boolean {
	const t = title.trim();
	if (/^(?:authors?|editors?|maintainers?|translators?|instructors?|lecturers?|teachers?|著者|作者|编者|編者|译者|訳者|讲师|講師)\s*[:：]/i.test(t)) return true;
	if (/[.!]$/.test(t) && !ABBREV_END.test(t) && !/\.\.$/.test(t)) return true;
	// A line ending in a colon introduces what follows (`Start with the foundations:`).
	if (/[:：]$/.test(t)) return true;
	// A course's logistics and a link's medium are no subject to study (`Homework`, `Midterm exam`, `Slides`).
	if (LOGISTICS.test(labelWords(t)) || isGenericLabel(t)) return true;
	return t.split(/\s+/).length > 14;
}

/** An item that is a field of what its section is about (`**Authors:** Vaswani et al.`, `Code: https://…`), not a thing of its own. */
export function isField(text: string): boolean {
	return /^\s*(?:\*\*|__)?[\p{L}][\p{L}\p{N} ./&'’-]{0,30}?(?:[:：](?:\*\*|__)|(?:\*\*|__)?\s*[:：])(?:\s|$)/u.test(text);
}

/** A heading's title with the title rules applied (numbering, brackets, markup). */
export function finishedHeading(title: string): string {
	return finishTitle(title).title || title;
}
