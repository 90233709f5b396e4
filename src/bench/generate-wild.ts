/**
 * The benchmark's sections in the shapes of lists from the wild, after the
 * fixtures in `src/core/__tests__/wild/`: citation roadmaps, weekly paper
 * tables, survey tables with Code/Demo link columns, bracketed labelled links
 * (`[[paper](…)] [[code](…)]`) and HTML tables. Each writes about `count`
 * resources and advances `g.i` by the resources it wrote.
 */

/** The generator's state, shared with `generate.ts`. */
export interface Gen {
	rand: () => number;
	pick: <T>(xs: readonly T[]) => T;
	title: () => string;
	/** A link for resource `i`, on one of the common hosts. */
	url: (i: number) => string;
	/** A paper's link for resource `i`: arXiv, OpenReview, Hugging Face papers or a DOI. */
	paper: (i: number) => string;
	arxiv: (k: number) => string;
	github: (k: number) => string;
	lines: string[];
	/** Resources written so far. */
	i: number;
}

const NAMES = ['Okafor', 'Lindqvist', 'Nakamura', 'Oyelaran', 'Petrescu', 'Haddad', 'Moreau', 'Castellanos', 'Ivanova', 'Achterberg', 'Mbeki', 'Takahashi', 'Ferreira', 'Kowalczyk'];
const FIRST = ['Ada', 'Ines', 'Jonas', 'Sana', 'Lena', 'Chidi', 'Noor', 'Ivo', 'Tomas', 'Mei'];
const VENUES = ['ACL', 'EMNLP', 'NeurIPS', 'ICML', 'ICLR', 'NAACL', 'AAAI', 'IJCAI', 'CVPR', 'COLING', 'TACL', 'JMLR'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

/** `**[1]** Surname, First. "**Title**." Proceedings of ACL (2015). [[pdf]](…)`, and its two shorter forms. */
function citations(g: Gen, count: number, n: number): void {
	for (let k = 0; k < count && g.i < n; k++, g.i++) {
		const year = 2015 + (k % 10);
		const a = g.pick(NAMES);
		const form = k % 3;
		if (form === 0) g.lines.push(`**[${k + 1}]** ${a}, ${g.pick(FIRST)}, and ${g.pick(FIRST)} ${g.pick(NAMES)}. "**${g.title()}**." Proceedings of ${g.pick(VENUES)} (${year}). [[pdf]](${g.paper(g.i)}) **(Widely cited)** :star:`, '');
		else if (form === 1) g.lines.push(`- **${g.title()}** (${year}), ${g.pick(FIRST)[0]}. ${a} et al. [[pdf]](${g.paper(g.i)})`);
		else g.lines.push(`- ${a}, ${g.pick(FIRST)[0]}. "${g.title()}." ${g.pick(VENUES)} ${year}. [pdf](${g.paper(g.i)}) :star::star:`);
	}
}

/** `| 1) **Title** - summary … | [Paper](…), [Tweet](https://x.com/…/status/…) |`, ten papers a week. */
function weekly(g: Gen, count: number, n: number): void {
	for (let k = 0; k < count && g.i < n; k++, g.i++) {
		if (k % 10 === 0) g.lines.push('', `### Week of ${1 + (k % 28)} ${g.pick(MONTHS)}`, '', '| **Paper**  | **Links** |', '| ------------- | ------------- |');
		const tweet = `https://x.com/weekly_ml/status/${1700000000000 + g.i}`;
		const paper = g.arxiv(g.i);
		if (k % 2) g.lines.push(`| ${(k % 10) + 1}) **${g.title()}** - shows that ${g.title().toLowerCase()} keeps quality while cutting compute; evaluated on ${g.title().toLowerCase()} benchmarks. | [Paper](${paper}), [Tweet](${tweet}) |`);
		else g.lines.push(`| ${(k % 10) + 1}) ${g.title()}  This paper proposes a ${g.title().toLowerCase()} objective; it [reuses a public recipe](https://blog.example.org/recipe-${g.i}) and beats baselines. <br> ● point one about data <br> ● point two about cost | [Paper](${paper}), [Tweet](${tweet}) |`);
	}
}

/** `| [**Title**](arXiv) | ACL | 2019-01 | [Github](…) | [Demo](…) |` */
function survey(g: Gen, count: number, n: number): void {
	g.lines.push('| Title | Venue | Date | Code | Demo |', '|:--|:--:|:--:|:--:|:--:|');
	for (let k = 0; k < count && g.i < n; k++, g.i++) {
		const demo = g.rand() < 0.5 ? `[Demo](https://demo.example.net/${g.i})` : '';
		const code = g.rand() < 0.8 ? `[Github](${g.github(g.i)})` : '';
		g.lines.push(`| [**${g.title()}**](${g.paper(g.i)}) | ${g.pick(VENUES)} | ${2019 + (k % 6)}-${String(1 + (k % 12)).padStart(2, '0')} | ${code} | ${demo} |`);
	}
}

/** `- Title [[arXiv](…)] [[code](…)] [[slides](….pdf)]`, now and then a link title wrapped over two lines. */
function bracketed(g: Gen, count: number, n: number): void {
	const labels = ['arXiv', 'paper', 'NeurIPS paper', 'pdf'];
	for (let k = 0; k < count && g.i < n; k++, g.i++) {
		const code = `[[code](${g.github(g.i)})]`;
		if (k % 7 === 6) {
			g.lines.push(`- [${g.title()}`, `  ${g.title().toLowerCase()}](${g.arxiv(g.i)}) ${code}`);
			continue;
		}
		const slides = k % 3 === 0 ? ` [[slides](https://slides.example.edu/talk${g.i}.pdf)]` : '';
		g.lines.push(`- ${g.title()} [[${g.pick(labels)}](${g.paper(g.i)})] ${code}${slides}`);
	}
}

/** `<table>` with a category cell spanning rows, `<a href>` titles, `<br><i>authors</i>` and a code column. */
function html(g: Gen, count: number, n: number): void {
	g.lines.push('<table>', '  <thead>', '    <tr>', '      <th>Category</th>', '      <th>Paper</th>', '      <th>Code</th>', '      <th>Note</th>', '    </tr>', '  </thead>', '  <tbody>');
	for (let k = 0; k < count && g.i < n; k++, g.i++) {
		g.lines.push('    <tr>');
		if (k % 6 === 0) g.lines.push(`      <td rowspan="6"><b>${cap(g.title())} &amp; ${g.title()}</b></td>`);
		g.lines.push(`      <td><a href="${g.url(g.i)}">${g.title()}</a><br><i>${g.pick(NAMES)} et al., ${2018 + (k % 7)}</i></td>`);
		g.lines.push(k % 3 ? `      <td><a href="${g.github(g.i)}">code</a></td>` : '      <td>&mdash;</td>');
		g.lines.push(`      <td>${k % 4 ? '' : 'fast &amp; small'}</td>`, '    </tr>');
	}
	g.lines.push('  </tbody>', '</table>');
}

/** The wild shapes by name, as `generate.ts` rotates through them. */
export const WILD_SECTIONS: Record<'citations' | 'weekly' | 'survey' | 'bracketed' | 'html', (g: Gen, count: number, n: number) => void> = { citations, weekly, survey, bracketed, html };
