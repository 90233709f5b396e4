/**
 * `Syllabus.base`, the Bases file an import writes beside the notes: the
 * views a reader wants on day one. It selects notes by their `syllabus-id`
 * property, not by folder, so a note the reader moved elsewhere stays in every
 * view; "Up next" follows the study order (`order`), not the import date that
 * a whole list shares.
 */
import { ID_KEY } from '../note/schema';
import { stringify } from 'yaml';
import { YAML_OPTIONS } from '../note/frontmatter';
import type { PlannedWrite } from './types';

type Sort = { property: string; direction: 'ASC' | 'DESC' };

function view(name: string, status: string, order: string[], sort?: Sort): Record<string, unknown> {
	return { type: 'table', name, filters: { and: [`status == "${status}"`] }, order, ...(sort ? { sort: [sort] } : {}) };
}

const PROPERTIES = {
	status: { displayName: 'Status' },
	kind: { displayName: 'Kind' },
	topics: { displayName: 'Topics' },
	lists: { displayName: 'Lists' },
};

/** The `.base` file an import writes. */
export function baseFile(): string {
	return stringify(
		{
			filters: { and: [`file.hasProperty("${ID_KEY}")`, 'file.hasProperty("status")'] },
			properties: { ...PROPERTIES, order: { displayName: 'Order' } },
			views: [
				view('Up next', 'todo', ['file.name', 'kind', 'topics', 'lists', 'order'], { property: 'order', direction: 'ASC' }),
				view('Reading now', 'reading', ['file.name', 'kind', 'started', 'topics'], { property: 'started', direction: 'DESC' }),
				view('Done recently', 'done', ['file.name', 'kind', 'finished', 'topics'], { property: 'finished', direction: 'DESC' }),
				{ type: 'table', name: 'All by kind', groupBy: { property: 'kind', direction: 'ASC' }, order: ['file.name', 'status', 'topics'] },
			],
		},
		YAML_OPTIONS,
	);
}

/** The base earlier versions wrote, which lost notes moved out of the folder. */
function folderBoundBaseFile(folder: string): string {
	return stringify(
		{
			filters: { and: [`file.inFolder(${JSON.stringify(folder)})`, `file.hasProperty("${ID_KEY}")`, 'file.hasProperty("status")'] },
			properties: PROPERTIES,
			views: [
				view('Up next', 'todo', ['file.name', 'kind', 'topics', 'lists'], { property: 'added', direction: 'ASC' }),
				view('Reading now', 'reading', ['file.name', 'kind', 'started', 'topics']),
				view('Done recently', 'done', ['file.name', 'kind', 'finished', 'topics'], { property: 'finished', direction: 'DESC' }),
				{ type: 'table', name: 'All by kind', groupBy: { property: 'kind', direction: 'ASC' }, order: ['file.name', 'status', 'topics'] },
			],
		},
		YAML_OPTIONS,
	);
}

/**
 * Bring an existing base up to date, only while it is exactly what an earlier
 * version wrote, or empty (an import stopped between making it and writing
 * it): a base the reader edited is theirs and is left as it is.
 */
export function baseUpgrade(path: string, folder: string): PlannedWrite {
	return { op: 'upgrade', path, type: 'base', from: [folderBoundBaseFile(folder), ''], content: baseFile() };
}
