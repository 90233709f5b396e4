/**
 * Levels and limits of the outline the parse layer builds (`tree.ts`).
 */

/** Deepest nesting of quotes, callouts and folds read as sections; deeper ones are skipped. */
export const MAX_CONTAINER_DEPTH = 16;

/** Level given to a plain line that titles the list below it, a callout's title and a fold's summary. */
export const PLAIN_HEADING = 7;
/** Level given to a bold line (`**Flash Attention**`). */
export const BOLD_HEADING = 8;
