/**
 * The Bases view a topic note embeds, so opening a topic shows what is filed
 * under it with its status, without the sidebar: a `base` code block whose
 * filter uses `this` (the note that embeds it) to keep the Syllabus notes
 * that link the topic, which is what their `topics` property does. Sits
 * between the generated-part markers, so it is ours to refresh and the rest
 * of the note is the reader's. The vault-wide `.base` file is not made here.
 */
import { ID_KEY } from './schema';
import { stringify } from 'yaml';
import { YAML_OPTIONS } from './frontmatter';
import { beginMarker, BLOCK_END } from './markers';

/** Opens the generated part of a topic note (the same marker family as a list note's block). */
const TOPIC_BEGIN = beginMarker('generated; re-import replaces what is between these markers');

/** Made once: the block is the same for every topic, and stringifying it per topic was a visible share of a 10k import. */
let block: string | undefined;

/** The `base` block for a topic note, between the generated-part markers. */
export function topicBaseBlock(): string {
	return (block ??= renderBlock());
}

function renderBlock(): string {
	const base = stringify(
		{
			filters: { and: ['file.hasLink(this.file)', `file.hasProperty("${ID_KEY}")`, 'file.hasProperty("status")'] },
			properties: { status: { displayName: 'Status' }, kind: { displayName: 'Kind' }, finished: { displayName: 'Finished' } },
			views: [
				{ type: 'table', name: 'Filed here', order: ['file.name', 'status', 'kind', 'finished'], groupBy: { property: 'status', direction: 'ASC' } },
			],
		},
		YAML_OPTIONS,
	);
	return `${TOPIC_BEGIN}\n\`\`\`base\n${base}\`\`\`\n${BLOCK_END}`;
}
