/**
 * Concepts linked where a note mentions them: find the mentions, link the
 * chosen ones, take the links back out. Pure; the plugin reads and writes.
 */
export { distinctive, findMentions, type FindOptions, type Mention, type MentionTarget } from './find';
export { linkMentions, sentenceAround, unlinkMentions, type LinkEdit, type WrittenLink } from './edit';
export { prose } from './regions';
export { mentionIndex, mentionedInBlock, withMentionedIn, MENTIONED_IN_BEGIN } from './mentioned-in';
