/**
 * The generated part of a topic note: which lists file things under it, and
 * the Bases view of exactly those things. A topic note is a subject across
 * lists (`library/topics.ts`): it holds every study item whose `topics`
 * property links it, in any list. The view's filter reads that property and
 * nothing else (`list(topics).contains(this.file.asLink())`; `this` is the
 * note that embeds the block), so a resource whose body merely mentions the
 * topic is not counted, and the rows are the items the sidebar and
 * `syllabus stats` count for the topic. A second view shows its sub-topics.
 * Sits between the generated-part markers, so re-import refreshes it and the
 * rest of the note is the reader's. The vault-wide `.base` file is not made here.
 */
import { ID_KEY } from './schema';
import { stringify } from 'yaml';
import { YAML_OPTIONS } from './frontmatter';
import { beginMarker, BLOCK_END } from './markers';
import { countOf } from '../text/count';

/** Opens the generated part of a topic note (the same marker family as a list note's block). */
export const TOPIC_BEGIN = beginMarker('generated; re-import replaces what is between these markers');

/** The filter that keeps the notes filed under the topic: their `topics` link it (one link or a list of them). */
export const FILED_HERE = 'list(topics).contains(this.file.asLink())';

/** Made once: the same for every topic; stringifying it per topic was a visible share of a 10k import. */
let base: string | undefined;

/**
 * The generated part of a topic note: the lists it appears in (`listLinks`,
 * as its `lists` property holds them) and the `base` block, between markers.
 */
export function topicBaseBlock(listLinks: readonly string[]): string {
	const where = listLinks.length ? `In ${countOf(listLinks.length, 'list')}: ${listLinks.join(', ')}.\n\n` : '';
	return `${TOPIC_BEGIN}\n${where}\`\`\`base\n${(base ??= renderBase())}\`\`\`\n${BLOCK_END}`;
}

function renderBase(): string {
	return stringify(
		{
			filters: { and: [FILED_HERE, `file.hasProperty("${ID_KEY}")`] },
			properties: { status: { displayName: 'Status' }, kind: { displayName: 'Kind' }, finished: { displayName: 'Finished' } },
			views: [
				{
					type: 'table',
					name: 'Filed here',
					filters: { and: ['file.hasProperty("status")'] },
					order: ['file.name', 'status', 'kind', 'finished'],
					groupBy: { property: 'status', direction: 'ASC' },
				},
				{ type: 'table', name: 'Sub-topics', filters: { not: ['file.hasProperty("status")'] }, order: ['file.name'] },
			],
		},
		YAML_OPTIONS,
	);
}
