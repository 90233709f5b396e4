/**
 * The furniture rules by address as they were before the host memo
 * (`roles.ts`): every host looked up in each site set in turn, the label's
 * words worked out twice, the repository of every address worked out. The
 * sites, the words and the other rules are `roles.ts`'s own. Kept for the
 * differential test only; `furnitureOf` must give the same answer on every
 * link.
 */
import type { CanonicalUrl } from '../../url/canonical';
import { isGenericLabel, labelWords } from '../../text/clean';
import {
	ACCOUNT_HOSTS, CODE_HOSTS, COMMUNITY_HOSTS, IMAGE_FILE, LICENCE_FILE, LICENCE_HOSTS, NEWSLETTER_HOSTS, SIGN_UP_PATH, SOCIAL_HOSTS, SPONSOR_HOSTS, STAR_HOSTS,
	furnitureByWords, githubRepo, hostIn, isProfilePath, isRepoMeta, isThread, type FurnitureKind,
} from '../roles';

/** What the list as a whole says about its links: the repositories it is itself (its stars, its contributors), its banners. */
interface ListLinks {
	ownRepos: Set<string>;
	banner(key: string): boolean;
}

/**
 * The furniture kind of a link, or undefined for a link that may be a reading.
 * `label` is the link's words. A badge (a link whose only content is an
 * image) is furniture only by these rules or when nothing names what it
 * points at: the resolver decides that from the item.
 */
export function furnitureOfReference(c: CanonicalUrl, label: string, list: ListLinks): FurnitureKind | undefined {
	return furnitureByAddress(c, label, list) ?? furnitureByWords(labelWords(label), label);
}

/** What the address alone says a link is for: a site that is only ever furniture, a repository's meta page, an account. */
function furnitureByAddress(c: CanonicalUrl, label: string, list: ListLinks): FurnitureKind | undefined {
	const { host, segments: segs } = c;
	const first = segs[0]?.toLowerCase() ?? '';
	if (hostIn(host, STAR_HOSTS)) return 'star history';
	if (hostIn(host, LICENCE_HOSTS) || (host === 'gnu.org' && first === 'licenses')) return 'licence';
	if (hostIn(host, SPONSOR_HOSTS) || (host === 'github.com' && first === 'sponsors')) return 'sponsor';
	if (hostIn(host, NEWSLETTER_HOSTS) || hostIn(host, COMMUNITY_HOSTS) || SIGN_UP_PATH.test(first)) return 'newsletter';
	// One issue or discussion named by a title (`[Sparse Mixtures](…/issues/12)`) is where its reader keeps a note on it: a reading.
	if (isRepoMeta(c) && !(isThread(c) && labelWords(label).split(' ').length >= 3)) return LICENCE_FILE.test(segs[segs.length - 1]!) ? 'licence' : 'contributing';
	const words = labelWords(label);
	// On a code host, an account named by a person's words is a credit; one labelled `github` or `code` is a reading's code.
	const account = segs.length === 1 && (ACCOUNT_HOSTS.has(host) || (CODE_HOSTS.has(host) && words !== '' && !/^https?\b/.test(words) && !isGenericLabel(words)));
	if (hostIn(host, SOCIAL_HOSTS) || account || isProfilePath(host, segs)) return 'profile';
	const repo = githubRepo(c);
	if (repo && list.ownRepos.has(repo) && (segs.length === 2 || segs[2] === 'tree' || (segs[2] === 'blob' && IMAGE_FILE.test(segs[segs.length - 1]!)))) return 'own repository';
	if (IMAGE_FILE.test(segs[segs.length - 1] ?? '')) return 'image';
	if (list.banner(c.key)) return 'promotion';
	return undefined;
}
