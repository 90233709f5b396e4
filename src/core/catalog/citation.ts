/**
 * Reads the words of an item written as a citation, the way paper roadmaps
 * and bibliographies write them:
 *
 *   `**[7]** Okafor, Ada, and Lin Wei. "**Sparse mixtures**." Proceedings of ACL (2021). **(Widely cited)** :star::star:`
 *   `**Sparse mixtures** (2021), A. Okafor et al.`
 *   `Okafor, A. "Sparse mixtures." ACL 2021.`
 *
 * giving the title (the quoted or bold part), authors, year, venue, remarks
 * as notes, and a rating from the stars. It only answers when the words have
 * a citation's shape (a quoted title with authors or a year, or a bold title
 * followed by a year); otherwise the item is read as before.
 */

/** What a citation says besides its link. */
export interface Citation {
	title: string;
	authors: string[];
	year?: number;
	venue?: string;
	notes: string[];
}

const STARS = /:star2?:|\u2B50\uFE0F?|\u{1F31F}|\u2605/gu;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/** Rating given by stars (`:star::star:`, `⭐⭐⭐`), if any. */
export function ratingOf(text: string): number | undefined {
	if (!text.includes(':star') && !/[\u2B50\u2605\u{1F31F}]/u.test(text)) return undefined;
	const n = text.match(STARS)?.length ?? 0;
	return n > 0 && n <= 10 ? n : undefined;
}

function strip(text: string): string {
	return text.replace(/\*\*|__|\\(?=[*_~`\\])/g, '').replace(/\s+/g, ' ').trim();
}

/** One author as people read it: `Okafor, A.` → `A. Okafor`. */
function person(last: string, first: string): string {
	const f = first.trim();
	return `${/^[A-Z]$/.test(f) ? `${f}.` : f} ${last.trim()}`.trim();
}

const INITIALS = /^(?:[A-Z]\.?[\s-]?){1,3}$|^[A-Z][a-z]+$/;

/** Authors from the words before a quoted title or after a bold one. */
export function parseAuthors(text: string): string[] {
	let t = strip(text).replace(/[.,;:\s]+$/, '').replace(/^[.,;:\s]+/, '');
	t = t.replace(/,?\s+et\s+al\.?$/i, '');
	if (!t || t.length > 400 || !/\p{L}/u.test(t)) return [];
	const out: string[] = [];
	for (const chunk of t.split(/\s*(?:,\s*and\s+|;\s*|\s+and\s+|\s*&\s*)\s*/)) {
		const parts = chunk.split(/\s*,\s*/).filter(Boolean);
		// `Okafor, A., Lin, W.`: surnames alternate with initials or first names.
		const paired = parts.length % 2 === 0 && parts.every((p, k) => (k % 2 === 1 ? INITIALS.test(p) : !p.includes(' ') || p.split(' ').length <= 2));
		if (paired && parts.length >= 2 && parts.some((p, k) => k % 2 === 1 && /^[A-Z]\.?$|^(?:[A-Z]\.){1,3}$|^[A-Z][a-z]+$/.test(p))) {
			for (let k = 0; k < parts.length; k += 2) out.push(person(parts[k]!, parts[k + 1]!));
		} else out.push(...parts);
	}
	const names = out.map((a) => a.trim()).filter((a) => a.length <= 60 && /\p{L}/u.test(a));
	// More than a few words per name is a sentence, not a list of people.
	return names.every((n) => n.split(' ').length <= 5) ? names : [];
}

/** Year and venue from the words after a title: `Proceedings of ACL (2021).`, `ACL 2021.` */
function yearVenue(text: string): { year?: number; venue?: string } {
	const t = strip(text);
	const years = [...t.matchAll(YEAR)];
	const year = years.length ? Number(years[years.length - 1]![1]) : undefined;
	let venue = t.replace(/\(\s*(?:1[89]|20)\d\d\s*\)/g, ' ').replace(YEAR, ' ');
	venue = venue.replace(/^[\s.,;:]+|[\s.,;:]+$/g, '').replace(/^In\s+/i, '').replace(/\s+/g, ' ').replace(/[\s.,;:]+$/, '');
	const ok = venue.length > 1 && venue.length <= 100 && /\p{L}/u.test(venue);
	return { ...(year !== undefined ? { year } : {}), ...(ok ? { venue } : {}) };
}

/** Read a citation-shaped item; undefined when the words are not one. */
export function readCitation(text: string): Citation | undefined {
	if (!text.includes('"') && !text.includes('“') && !text.includes('**')) return undefined;
	const notes: string[] = [];
	let t = text.replace(STARS, ' ');
	t = t.replace(/\*\*\s*\(([^()*]{1,80})\)\s*\*\*/g, (_m, n: string) => {
		notes.push(n.trim());
		return ' ';
	});
	t = t.replace(/^\s*(?:\*\*)?\s*[[(]?\d{1,4}[\].)]?\s*(?:\*\*)?\s+/, '');
	const quoted = /["“]\s*([^"“”]{3,300}?)\s*["”]/.exec(t);
	if (quoted) {
		const title = strip(quoted[1]!).replace(/[.,;:]+$/, '');
		const authors = parseAuthors(t.slice(0, quoted.index));
		const after = yearVenue(t.slice(quoted.index + quoted[0].length));
		if (!title || (!authors.length && after.year === undefined)) return undefined;
		return { title, authors, ...after, notes };
	}
	const bold = /\*\*([^*]{3,300}?)\*\*/.exec(t);
	if (!bold) return undefined;
	const year = /^\s*[,.]?\s*\(((?:1[89]|20)\d\d)\)\s*[,.]?\s*(.*)$/.exec(t.slice(bold.index + bold[0].length));
	if (!year || strip(t.slice(0, bold.index))) return undefined;
	const title = strip(bold[1]!).replace(/[.,;:]+$/, '');
	return { title, authors: parseAuthors(year[2] ?? ''), year: Number(year[1]), notes };
}
