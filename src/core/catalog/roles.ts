/**
 * What a link is for, read from its address and its words: page furniture
 * (a badge, an author's profile, a sponsor or newsletter link, the licence,
 * contributing, star history, the list's own repository, an image file) is
 * never a reading. Each rule names what it reads, never which list it was
 * seen in. Whether a link that is not furniture is a reading or a related
 * link of one is the resolver's call (`resolve.ts`), from the item around it.
 */
import type { CanonicalUrl } from '../url/canonical';
import { isGenericLabel, labelWords } from '../text/clean';

/** Why a link was left out of the readings. */
export type FurnitureKind = 'badge' | 'profile' | 'sponsor' | 'newsletter' | 'promotion' | 'licence' | 'contributing' | 'citation' | 'star history' | 'own repository' | 'image';

/** Kinds of left-out links as the report names them, plural. */
export const FURNITURE_PLURAL: Record<FurnitureKind | 'contents', string> = {
	badge: 'badges',
	profile: 'profiles',
	sponsor: 'sponsor links',
	newsletter: 'newsletter and community links',
	promotion: 'promotions',
	licence: 'licence links',
	contributing: 'contributing links',
	citation: 'links in how to cite the list',
	'star history': 'star-history links',
	'own repository': "links to the list's own repository",
	image: 'image files',
	contents: 'contents links',
};

// Sites where a one-segment path is a person or an account (`x.com/karpathy`), not a work.
export const ACCOUNT_HOSTS = new Set(['x.com', 'instagram.com', 'facebook.com', 'threads.net', 'mastodon.social', 'weibo.com', 'tiktok.com']);
// Code hosts, where a one-segment path is a person or an organisation: named by a link's words it is a credit; a bare
// address in a list is a place the writer means to browse (`https://github.com/lucidrains`).
export const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'huggingface.co']);
// Sites that are only ever an account, a chat or a sign-up.
export const SOCIAL_HOSTS = new Set(['linkedin.com', 'bsky.app', 'orcid.org', 'about.me', 'linktr.ee']);
// Chats and communities a list invites its readers to join.
export const COMMUNITY_HOSTS = new Set(['discord.gg', 'discord.com', 't.me', 'telegram.me', 'wa.me', 'slack.com', 'join.slack.com', 'gitter.im', 'chat.whatsapp.com']);
export const SPONSOR_HOSTS = new Set(['patreon.com', 'ko-fi.com', 'buymeacoffee.com', 'opencollective.com', 'liberapay.com', 'paypal.me', 'paypal.com', 'github.com/sponsors']);
// Sign-up forms, mailing lists and share buttons: they ask the reader to do something, not to read.
export const NEWSLETTER_HOSTS = new Set(['eepurl.com', 'mailchi.mp', 'list-manage.com', 'buttondown.email', 'buttondown.com', 'convertkit.com', 'tinyletter.com', 'forms.gle', 'substackcdn.com', 'typeform.com', 'airtable.com', 'ctt.ac', 'clicktotweet.com', 'forms.office.com', 'jotform.com', 'tally.so']);
// Paths that sign up, join, subscribe or tweet wherever they are (`/join/discord`, `/intent/tweet`, `docs.google.com/forms`).
export const SIGN_UP_PATH = /^(?:subscribe|signup|sign-up|join|newsletter|intent|forms)$/i;
export const STAR_HOSTS = new Set(['star-history.com', 'api.star-history.com', 'starchart.cc', 'star-history.t9t.io', 'seladb.github.io', 'awesome.re', 'shields.io', 'img.shields.io', 'badgen.net', 'visitor-badge.laobi.icu', 'hits.seeyoufarm.com', 'komarev.com']);
export const LICENCE_HOSTS = new Set(['creativecommons.org', 'opensource.org', 'choosealicense.com', 'gnu.org/licenses', 'unlicense.org']);
// Pages of a repository about the repository: who stars or forks it, how to contribute.
const REPO_META = new Set(['stargazers', 'network', 'graphs', 'pulls', 'pull', 'issues', 'fork', 'forks', 'watchers', 'compare', 'discussions', 'subscription', 'actions', 'security', 'pulse']);
const CONTRIBUTING_FILE = /^(?:contributing|contribute|code_of_conduct|code-of-conduct|how-to-pr|pull_request_template|support)(?:\.md)?$/i;
export const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:\.(?:md|txt))?$/i;
export const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|bmp|ico)$/i;

// Words of a link that ask the reader to do something for the list, not to read.
const SPONSOR_WORDS = /^(?:sponsor|sponsors|donate|donation|support (?:us|me|the project|this project)|buy me a coffee|become a (?:sponsor|patron))\b/;
const NEWSLETTER_WORDS = /\b(?:subscribe|newsletter|sign up|join (?:us|our|the)|follow (?:me|us)|reach out|contact (?:me|us)|chat with us|mailing list)\b/;
const CONTRIBUTING_WORDS = /^(?:contribut(?:e|ing|ors?|ions?)(?: guide(?:lines)?)?|pull requests?|prs? welcome|open an issue|submit an? (?:issue|pr|pull request)|star (?:this|the) (?:repo|repository|project)|stargazers|forks?)$/;
const ROLE_WORDS = /^(?:the )?(?:editor|author|authors|maintainer|maintainers|curator|creator|owner|me|myself|us)$/;
const LICENCE_WORDS = /^(?:licen[cs]e|cc(?:0| by(?:-[a-z]{2})*(?: \d\.\d)?)|mit licen[cs]e|apache(?: licen[cs]e)?(?: 2\.0)?|gpl(?:v?\d)?)$/;

/** The github.com `owner/repo` a canonical URL is in, if any (`owner/repo` lower-cased). */
export function githubRepo(c: CanonicalUrl): string | undefined {
	if (c.host !== 'github.com' || c.segments.length < 2) return undefined;
	return `${c.segments[0]!}/${c.segments[1]!}`.toLowerCase();
}

/** True if the link is about a repository rather than its content (stars, forks, contributors, issues). */
export function isRepoMeta(c: CanonicalUrl): boolean {
	if (c.host !== 'github.com' || c.segments.length < 3) return false;
	const third = c.segments[2]!.toLowerCase();
	if (REPO_META.has(third)) return true;
	const last = c.segments[c.segments.length - 1]!;
	return (third === 'blob' || third === 'tree') && (CONTRIBUTING_FILE.test(last) || LICENCE_FILE.test(last));
}

/** One numbered issue, pull request or discussion of a repository. */
export function isThread(c: CanonicalUrl): boolean {
	return c.host === 'github.com' && c.segments.length === 4 && /^(?:issues|pull|discussions)$/.test(c.segments[2]!) && /^\d+$/.test(c.segments[3]!);
}

export function hostIn(host: string, set: Set<string>): boolean {
	let h = host;
	for (;;) {
		if (set.has(h)) return true;
		const dot = h.indexOf('.');
		if (dot < 0) return false;
		h = h.slice(dot + 1);
	}
}

/** What the list as a whole says about its links: the repositories it is itself (its stars, its contributors), its banners. */
export interface ListLinks {
	ownRepos: Set<string>;
	banner(key: string): boolean;
}

/**
 * The furniture kind of a link, or undefined for a link that may be a reading.
 * `label` is the link's words, `words` their `labelWords` if known. A badge (a link whose only content is an
 * image) is furniture only by these rules or when nothing names what it
 * points at: the resolver decides that from the item.
 */
export function furnitureOf(c: CanonicalUrl, label: string, list: ListLinks, words = labelWords(label)): FurnitureKind | undefined {
	return furnitureByAddress(c, words, list) ?? furnitureByWords(words, label);
}

/** Which of the furniture sites a host is on, in the order the rules below ask, or undefined. */
type HostKind = 'star history' | 'licence' | 'sponsor' | 'newsletter' | 'profile';

/** The kind of every host asked about so far: a list links a few hundred hosts thousands of times. Bounded. */
const hostKinds = new Map<string, HostKind | null>();
const HOST_MEMO_SIZE = 5_000;

function hostKindOf(host: string): HostKind | undefined {
	let kind = hostKinds.get(host);
	if (kind === undefined) {
		if (hostKinds.size >= HOST_MEMO_SIZE) hostKinds.clear();
		hostKinds.set(host, (kind = hostKindByRules(host) ?? null));
	}
	return kind ?? undefined;
}

function hostKindByRules(host: string): HostKind | undefined {
	if (hostIn(host, STAR_HOSTS)) return 'star history';
	if (hostIn(host, LICENCE_HOSTS)) return 'licence';
	if (hostIn(host, SPONSOR_HOSTS)) return 'sponsor';
	if (hostIn(host, NEWSLETTER_HOSTS) || hostIn(host, COMMUNITY_HOSTS)) return 'newsletter';
	if (hostIn(host, SOCIAL_HOSTS)) return 'profile';
	return undefined;
}

/** What the address alone says a link is for: a site that is only ever furniture, a repository's meta page, an account. `words` are the label's (`labelWords`). */
function furnitureByAddress(c: CanonicalUrl, words: string, list: ListLinks): FurnitureKind | undefined {
	const { host, segments: segs } = c;
	const first = segs[0]?.toLowerCase() ?? '';
	const hostKind = hostKindOf(host);
	if (hostKind === 'star history') return hostKind;
	if (hostKind === 'licence' || (host === 'gnu.org' && first === 'licenses')) return 'licence';
	if (hostKind === 'sponsor' || (host === 'github.com' && first === 'sponsors')) return 'sponsor';
	if (hostKind === 'newsletter' || SIGN_UP_PATH.test(first)) return 'newsletter';
	// One issue or discussion named by a title (`[Sparse Mixtures](…/issues/12)`) is where its reader keeps a note on it: a reading.
	if (isRepoMeta(c) && !(isThread(c) && words.split(' ').length >= 3)) return LICENCE_FILE.test(segs[segs.length - 1]!) ? 'licence' : 'contributing';
	// On a code host, an account named by a person's words is a credit; one labelled `github` or `code` is a reading's code.
	const account = segs.length === 1 && (ACCOUNT_HOSTS.has(host) || (CODE_HOSTS.has(host) && words !== '' && !/^https?\b/.test(words) && !isGenericLabel(words)));
	if (hostKind === 'profile' || account || isProfilePath(host, segs)) return 'profile';
	// Most lists link no repository of their own: then no address needs its repository worked out.
	const repo = list.ownRepos.size > 0 ? githubRepo(c) : undefined;
	if (repo && list.ownRepos.has(repo) && (segs.length === 2 || segs[2] === 'tree' || (segs[2] === 'blob' && IMAGE_FILE.test(segs[segs.length - 1]!)))) return 'own repository';
	if (IMAGE_FILE.test(segs[segs.length - 1] ?? '')) return 'image';
	if (list.banner(c.key)) return 'promotion';
	return undefined;
}

/** What a link's words say it is for: `Sponsor`, `Subscribe to our newsletter`, `Contributing`, `Editor`, `@ada`. */
export function furnitureByWords(words: string, label: string): FurnitureKind | undefined {
	if (LICENCE_WORDS.test(words)) return 'licence';
	if (SPONSOR_WORDS.test(words)) return 'sponsor';
	if (NEWSLETTER_WORDS.test(words)) return 'newsletter';
	if (CONTRIBUTING_WORDS.test(words)) return 'contributing';
	// A link named by a role or a handle is a person: `Note from the [Editor](…)`, `[@ada](…)`.
	if (ROLE_WORDS.test(words) || /^@[\w.-]+$/.test(label.trim())) return 'profile';
	return undefined;
}

/** Profile pages that are not one segment long: `scholar.google.com/citations?user=`, `zhihu.com/people/x`, `medium.com/@x`. */
export function isProfilePath(host: string, segs: string[]): boolean {
	const first = segs[0]?.toLowerCase() ?? '';
	if (host.startsWith('scholar.google.') && first === 'citations') return true;
	if ((host === 'zhihu.com' && first === 'people') || (host === 'researchgate.net' && first === 'profile')) return true;
	if (host === 'reddit.com' && (first === 'u' || first === 'user')) return true;
	// A YouTube channel is a source of videos people list to watch; elsewhere `/@name` is an account.
	return segs.length === 1 && first.startsWith('@') && host !== 'youtube.com';
}

/** The repositories a list is about itself: those whose meta pages (stars, contributors, CONTRIBUTING) it links. */
export function ownReposOf(canons: Iterable<CanonicalUrl>): Set<string> {
	const own = new Set<string>();
	for (const c of canons) if (isRepoMeta(c)) own.add(githubRepo(c)!);
	return own;
}
