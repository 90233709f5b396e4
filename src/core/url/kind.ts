/**
 * What a URL points at (paper, repo, video…) and a readable title for a link
 * that came with none. Decided from the canonical URL first; words near the
 * link (`(Blog)`, a section called `Papers to read`) settle what the URL
 * leaves open.
 */
import type { Kind } from '../types';
import type { CanonicalUrl } from './canonical';

// Hosts whose every page is one kind; a host's subdomains are too (`cs.stanford.edu` is not, `blog.medium.com` is).
const HOST_KINDS: [Kind, string[]][] = [
	['paper', ['arxiv.org', 'openreview.net', 'aclanthology.org', 'doi.org', 'dl.acm.org', 'ieeexplore.ieee.org', 'semanticscholar.org', 'papers.nips.cc', 'proceedings.neurips.cc', 'proceedings.mlr.press', 'jmlr.org', 'biorxiv.org', 'medrxiv.org', 'ssrn.com', 'springer.com', 'sciencedirect.com', 'nature.com', 'pubmed.ncbi.nlm.nih.gov', 'researchgate.net', 'paperswithcode.com', 'thecvf.com']],
	['repo', ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sr.ht', 'gist.github.com', 'pypi.org', 'npmjs.com', 'crates.io', 'colab.research.google.com']],
	['video', ['youtube.com', 'youtu.be', 'vimeo.com', 'bilibili.com', 'twitch.tv', 'loom.com', 'videolectures.net']],
	['post', ['x.com', 'reddit.com', 'linkedin.com', 'threads.net', 'bsky.app', 'news.ycombinator.com', 'mastodon.social', 'facebook.com', 'stackexchange.com', 'stackoverflow.com', 'discord.com']],
	['course', ['coursera.org', 'edx.org', 'udemy.com', 'udacity.com', 'fast.ai', 'deeplearning.ai', 'khanacademy.org', 'ocw.mit.edu']],
	['article', ['medium.com', 'substack.com', 'towardsdatascience.com', 'dev.to', 'hashnode.dev', 'bearblog.dev', 'wordpress.com', 'blogspot.com', 'ghost.io', 'notion.site', 'hackernoon.com', 'distill.pub', 'thegradient.pub', 'quantamagazine.org', 'wikipedia.org']],
	['book', ['oreilly.com', 'manning.com', 'd2l.ai', 'leanpub.com', 'gutenberg.org', 'packtpub.com', 'nostarch.com']],
];
const HOST_TABLE = new Map<string, Kind>(HOST_KINDS.flatMap(([kind, hosts]) => hosts.map((h): [string, Kind] => [h, kind])));

/** The kind the host table gives the host or the nearest of its parent domains, if any. */
export function hostKind(host: string): Kind | undefined {
	let h = host;
	for (;;) {
		const k = HOST_TABLE.get(h);
		if (k) return k;
		const dot = h.indexOf('.');
		if (dot < 0) return undefined;
		h = h.slice(dot + 1);
	}
}

/** The host table's entries, for the test that no host falls under two kinds. */
export const HOST_TABLE_ENTRIES: readonly [Kind, readonly string[]][] = HOST_KINDS;

const COURSE_WORDS = new Set(['course', 'courses', 'learn']);
const DOCS_WORDS = new Set(['docs', 'documentation', 'api', 'reference', 'tutorials', 'manual']);
const ARTICLE_WORDS = new Set(['blog', 'blogs', 'posts', 'post', 'p', 'writing', 'articles', 'article', 'news']);
const PAPER_WORDS = new Set(['publications', 'research']);
const PROCEEDINGS_WORDS = new Set(['proceedings', 'ojs', 'anthology']);

function has(lower: string[], words: Set<string>): boolean {
	for (const s of lower) if (words.has(s)) return true;
	return false;
}

/** Kind decided by the URL alone, or undefined where the URL leaves it open. */
export function kindFromUrl(c: CanonicalUrl): Kind | undefined {
	const { host, segments: segs } = c;
	const byHost = hostKind(host);
	if (c.arxiv || byHost === 'paper' || host.startsWith('proceedings.')) return 'paper';
	const lower = segs.map((s) => s.toLowerCase());
	const lastSeg = lower[lower.length - 1] ?? '';
	if (host === 'huggingface.co') {
		if (lower[0] === 'papers') return 'paper';
		if (lower[0] === 'learn' || lower[0] === 'course') return 'course';
		if (lower[0] === 'docs') return 'docs';
		if (lower[0] === 'blog') return 'article';
		if (lower[0] === 'spaces' || lower[0] === 'datasets' || (segs.length === 2 && !HF_SECTIONS.has(lower[0] ?? ''))) return 'repo';
		return undefined;
	}
	if (host === 'github.com' || host === 'gitlab.com') {
		if (segs.length === 1 || lower[0] === 'orgs' || lower[0] === 'topics') return 'site';
		if (segs.length >= 2) return 'repo';
		return 'site';
	}
	if (host.endsWith('.github.io') && segs.length === 0) return 'site';
	if (byHost === 'repo' || byHost === 'video' || byHost === 'post') return byHost;
	if (byHost === 'course' || has(lower, COURSE_WORDS) || /(?:^|[.-])courses?\b|course\./.test(host)) return 'course';
	if (byHost === 'book' || /(?:^|[.-])book(?:s)?(?:[.-]|$)/.test(host) || /(?:^|[-_])books?(?:[-_.]|$)/.test(lastSeg)) return 'book';
	if (/^docs?\./.test(host) || host.endsWith('readthedocs.io') || has(lower, DOCS_WORDS)) return 'docs';
	if (byHost === 'article' || /(?:^|\.)(?:blog|newsletter|magazine|engineering)\./.test(host) || host.includes('blog') || has(lower, ARTICLE_WORDS)) {
		return 'article';
	}
	if (lastSeg.endsWith('.pdf')) return 'paper';
	if (has(lower, PAPER_WORDS) && segs.length >= 2) return 'paper';
	// Conference and journal proceedings pages (`ijcai.org/proceedings/2021/3`, `aaai.org/ojs/…`).
	if (has(lower, PROCEEDINGS_WORDS) && segs.length >= 2) return 'paper';
	if (segs.length === 0) return 'site';
	return undefined;
}

const HINTS: { re: RegExp; kind: Kind }[] = [
	{ re: /\b(?:papers?|preprints?|publications?)\b/i, kind: 'paper' },
	{ re: /\bbooks?\b/i, kind: 'book' },
	{ re: /\bcourses?\b|\blectures?\b/i, kind: 'course' },
	{ re: /\bvideos?\b|\byoutube\b|\bplaylists?\b/i, kind: 'video' },
	{ re: /\brepos?\b|\brepositor(?:y|ies)\b|\bgithub\b/i, kind: 'repo' },
	{ re: /\bblogs?\b|\barticles?\b|\bnewsletters?\b|\bposts?\b/i, kind: 'article' },
	{ re: /\bdocs?\b|\bdocumentation\b|\bguide\b/i, kind: 'docs' },
];

// Section names repeat for every item under them: their kinds are remembered (a few hundred at most).
const wordKinds = new Map<string, Kind | null>();

/** Kind named by words (`(Blog)`, `Papers to read`), if any. */
export function kindFromWords(words: string): Kind | undefined {
	const known = wordKinds.get(words);
	if (known !== undefined) return known ?? undefined;
	let found: Kind | null = null;
	for (const { re, kind } of HINTS) {
		if (re.test(words)) {
			found = kind;
			break;
		}
	}
	if (words.length <= 200) {
		if (wordKinds.size >= 512) wordKinds.clear();
		wordKinds.set(words, found);
	}
	return found ?? undefined;
}

/**
 * Kind an item's own words give it, only where they describe the thing itself:
 * `(Blog)`, `Book on LLMs`, `Reddit post on triton`, or a label that is just
 * the word. `Ten Research Papers of 2023` is an article about papers.
 */
export function kindFromItemWords(words: string): Kind | undefined {
	const w = words.trim();
	for (const { re, kind } of ITEM_HINTS) if (re.test(w)) return kind;
	return undefined;
}

// Built once: `(Blog)`, `Blog on …`, `Blog series by …`, or just `Blog`.
const ITEM_HINTS = HINTS.map(({ re, kind }) => {
	const src = re.source.replace(/\\b/g, '');
	return { re: new RegExp(`\\((?:${src})\\)|(?:${src})(?:\\s+series)?\\s+(?:on|about|by|for|from)\\b|^(?:${src})$`, 'i'), kind };
});

/**
 * The kind of a resource: the URL decides where it can (a YouTube link is a
 * video whatever the section says); otherwise the item's own words, then the
 * names of the sections around it; otherwise `article` for a page with a path.
 */
export function kindOf(c: CanonicalUrl, itemHint: string, sectionHints: string[]): Kind {
	const fromUrl = kindFromUrl(c);
	const strong: Kind[] = ['paper', 'repo', 'video', 'post'];
	// A PDF on an ordinary site may be a paper or a book: the words around it decide.
	const loosePdf = fromUrl === 'paper' && !c.arxiv && hostKind(c.host) !== 'paper' && /\.pdf$/i.test(c.segments[c.segments.length - 1] ?? '');
	if (fromUrl && strong.includes(fromUrl) && !loosePdf) return fromUrl;
	if (loosePdf) return kindFromItemWords(itemHint) ?? sectionKind(sectionHints, 'paper') ?? 'paper';
	const fromItem = itemHint ? kindFromItemWords(itemHint) : undefined;
	if (fromItem && fromItem !== 'docs') return fromItem;
	if (fromUrl && fromUrl !== 'site') return fromUrl;
	return sectionKind(sectionHints, fromUrl) ?? fromUrl ?? 'article';
}

/** Kind named by the innermost section that names one (`Papers to read`, `ML Book`). */
function sectionKind(sectionHints: string[], fromUrl: Kind | undefined): Kind | undefined {
	for (let i = sectionHints.length - 1; i >= 0; i--) {
		const k = kindFromWords(sectionHints[i] ?? '');
		// A home page stays a site unless the section says what the site is (a book, a course).
		if (k && !(fromUrl === 'site' && (k === 'article' || k === 'docs'))) return k;
	}
	return undefined;
}

const HF_SECTIONS = new Set(['learn', 'docs', 'blog', 'papers', 'course', 'tasks', 'models', 'collections', 'posts']);

const WEAK_SEGMENTS = new Set([
	'en', 'en-us', 'main', 'master', 'index', 'docs', 'doc', 'blog', 'blogs', 'posts', 'post', 'p', 'pages',
	'wiki', 'tree', 'blob', 'html', 'pdf', 'abs', 'assets', 'static', 'files', 'file', 'a', 'page', 'www',
	'publications', 'research', 'articles', 'article', 'writing', 'stable', 'latest', 'community', 'videos',
	'archive', 'archives', 'journal', 'introduction', 'intro', 'home', 'about', 'summary', 'readme', 'ai',
]);

function humanize(slug: string): string {
	const words = slug
		.replace(/\.(?:html?|php|pdf|md|aspx?)$/i, '')
		.replace(/[-_+.]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		// Medium and Notion end slugs with a hex id; it is not part of the title.
		.replace(/\s[0-9a-f]{10,32}$/i, '')
		// Dated slugs (`2023-04-23-triton-cuda`): the date is not the title.
		.replace(/^(?:\d{4}\s\d{1,2}\s\d{1,2}|\d{8})\s+(?=\p{L})/u, '');
	if (!words) return '';
	return words[0]!.toUpperCase() + words.slice(1);
}

function meaningful(seg: string): boolean {
	const s = seg.toLowerCase();
	if (WEAK_SEGMENTS.has(s) || /^v?\d+(?:\.\d+)*$/.test(s) || /^[0-9a-f]{12,}$/.test(s)) return false;
	return /\p{L}{2,}/u.test(s);
}

/**
 * A readable title for a URL that came without one: `arXiv:2205.14135`,
 * `owner/repo`, a humanised slug, else the host. Never the raw URL.
 */
export function titleFromUrl(c: CanonicalUrl): string {
	const { host, segments: segs } = c;
	if (c.arxiv) return `arXiv:${c.arxiv}`;
	if (c.youtube) return `YouTube video ${c.youtube}`;
	if ((host === 'github.com' || host === 'gitlab.com' || (host === 'huggingface.co' && !HF_SECTIONS.has(segs[0] ?? ''))) && segs.length >= 2 && segs[0] !== 'orgs') {
		const [owner, repo] = segs[0] === 'spaces' || segs[0] === 'datasets' ? [segs[1], segs[2] ?? ''] : [segs[0], segs[1]];
		return repo ? `${owner}/${repo}` : `${owner}`;
	}
	if (host === 'github.com' && segs[0] === 'orgs' && segs[1]) return `${segs[1]} on GitHub`;
	if ((host === 'github.com' || host === 'gitlab.com') && segs.length === 1) return `${segs[0]} on ${host === 'github.com' ? 'GitHub' : 'GitLab'}`;
	if (host === 'gist.github.com' && segs[0]) return `Gist by ${segs[0]}`;
	if (host === 'x.com' && segs[0]) return segs[1] === 'status' ? `Post by @${segs[0]}` : `@${segs[0]} on X`;
	if (host === 'youtube.com') {
		if (segs[0]?.startsWith('@')) return `${segs[0]} on YouTube`;
		if (segs[0] === 'playlist') return 'YouTube playlist';
	}
	for (let i = segs.length - 1; i >= 0; i--) {
		const seg = segs[i]!;
		if (!meaningful(seg)) continue;
		let title = humanize(seg);
		// `chapter6/5`: a weak last word borrows the segment before it for context.
		if (title.split(' ').length <= 2 && /\d/.test(title)) {
			const prev = segs.slice(0, i).reverse().find(meaningful);
			if (prev) title = `${humanize(prev)} ${title.toLowerCase()}`;
		}
		const rest = segs.slice(i + 1).filter((s) => /^\d+$/.test(s));
		if (title.length >= 4) return [title, ...rest].join(' ');
	}
	return host;
}
