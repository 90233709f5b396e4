/**
 * `kindFromUrl` as it was written before the host table: a cascade of
 * regular expressions. Kept for the differential test only.
 */
import type { Kind } from '../../types';
import type { CanonicalUrl } from '../canonical';

const HF_SECTIONS = new Set(['learn', 'docs', 'blog', 'papers', 'course', 'tasks', 'models', 'collections', 'posts']);

const PAPER_HOSTS = /(?:^|\.)(?:arxiv\.org|openreview\.net|aclanthology\.org|doi\.org|dl\.acm\.org|ieeexplore\.ieee\.org|semanticscholar\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|jmlr\.org|biorxiv\.org|medrxiv\.org|ssrn\.com|springer\.com|sciencedirect\.com|nature\.com|pubmed\.ncbi\.nlm\.nih\.gov|researchgate\.net|paperswithcode\.com|thecvf\.com)$/;
const REPO_HOSTS = /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sr\.ht|gist\.github\.com|pypi\.org|npmjs\.com|crates\.io|colab\.research\.google\.com)$/;
const VIDEO_HOSTS = /(?:^|\.)(?:youtube\.com|youtu\.be|vimeo\.com|bilibili\.com|twitch\.tv|loom\.com|videolectures\.net)$/;
const POST_HOSTS = /(?:^|\.)(?:x\.com|reddit\.com|linkedin\.com|threads\.net|bsky\.app|news\.ycombinator\.com|mastodon\.social|facebook\.com|stackexchange\.com|stackoverflow\.com|discord\.com)$/;
const COURSE_HOSTS = /(?:^|\.)(?:coursera\.org|edx\.org|udemy\.com|udacity\.com|fast\.ai|deeplearning\.ai|khanacademy\.org|ocw\.mit\.edu)$/;
const ARTICLE_HOSTS = /(?:^|\.)(?:medium\.com|substack\.com|towardsdatascience\.com|dev\.to|hashnode\.dev|bearblog\.dev|wordpress\.com|blogspot\.com|ghost\.io|notion\.site|hackernoon\.com|distill\.pub|thegradient\.pub|quantamagazine\.org|wikipedia\.org)$/;
const BOOK_HOSTS = /(?:^|\.)(?:oreilly\.com|manning\.com|d2l\.ai|leanpub\.com|gutenberg\.org|packtpub\.com|nostarch\.com)$/;

function has(segs: string[], ...words: string[]): boolean {
	return segs.some((s) => words.includes(s.toLowerCase()));
}

/** Kind decided by the URL alone, or undefined where the URL leaves it open. */
export function kindFromUrlByRegex(c: CanonicalUrl): Kind | undefined {
	const { host, segments: segs } = c;
	const lower = segs.map((s) => s.toLowerCase());
	const lastSeg = lower[lower.length - 1] ?? '';
	if (c.arxiv || PAPER_HOSTS.test(host) || /^proceedings\./.test(host)) return 'paper';
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
	if (REPO_HOSTS.test(host)) return 'repo';
	if (VIDEO_HOSTS.test(host)) return 'video';
	if (POST_HOSTS.test(host)) return 'post';
	if (COURSE_HOSTS.test(host) || has(lower, 'course', 'courses', 'learn') || /(?:^|[.-])courses?\b|course\./.test(host)) return 'course';
	if (BOOK_HOSTS.test(host) || /(?:^|[.-])book(?:s)?(?:[.-]|$)/.test(host) || /(?:^|[-_])books?(?:[-_.]|$)/.test(lastSeg)) return 'book';
	if (/^docs?\./.test(host) || host.endsWith('readthedocs.io') || has(lower, 'docs', 'documentation', 'api', 'reference', 'tutorials', 'manual')) return 'docs';
	if (ARTICLE_HOSTS.test(host) || /(?:^|\.)(?:blog|newsletter|magazine|engineering)\./.test(host) || /blog/.test(host) || has(lower, 'blog', 'blogs', 'posts', 'post', 'p', 'writing', 'articles', 'article', 'news')) {
		return 'article';
	}
	if (lastSeg.endsWith('.pdf')) return 'paper';
	if (has(lower, 'publications', 'research') && segs.length >= 2) return 'paper';
	// Conference and journal proceedings pages (`ijcai.org/proceedings/2021/3`, `aaai.org/ojs/…`).
	if (has(lower, 'proceedings', 'ojs', 'anthology') && segs.length >= 2) return 'paper';
	if (segs.length === 0) return 'site';
	return undefined;
}

