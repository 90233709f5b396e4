/**
 * The core's vocabulary: the statuses in the order a reader moves through
 * them and the kinds of resource. The catalog decides them, notes hold them
 * (`note/schema.ts` has the note's own keys), the views count them.
 */

/** Every status, in the order a reader moves through them. */
export const STATUSES = ['todo', 'reading', 'done', 'skipped'] as const;

/** Where a study item stands for the reader. */
export type Status = (typeof STATUSES)[number];

const RANK: Record<Status, number> = { todo: 0, skipped: 1, reading: 2, done: 3 };

/** The more advanced of two statuses, when lists disagree about one item: done > reading > skipped > todo. */
export function moreAdvanced(a: Status, b: Status): Status {
	return RANK[b] > RANK[a] ? b : a;
}

/** Every kind of resource, decided from its URL and nearby hints. */
export const KINDS = ['paper', 'repo', 'video', 'post', 'course', 'docs', 'book', 'article', 'site', 'other'] as const;

/** What kind of thing a resource is. */
export type Kind = (typeof KINDS)[number];
