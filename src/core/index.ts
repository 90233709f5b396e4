/**
 * The core's front door: read lists, build the catalog, shape it for JSON.
 * Pure TypeScript — no `obsidian`, no `node:` — so the plugin, the CLI, tests
 * and a browser all run the same code.
 */
import type { Catalog } from './types';
import { parseList } from './parse/list';
import { CatalogBuilder } from './catalog/build';
import type { KeepLinks } from './catalog/context';

export type * from './types';
export { localDate } from './types';
export { ID_KEY, KINDS, STATUSES, idRole, mintId, tagFor, type NoteRole } from './note/schema';
export { parseList } from './parse/list';
export { CatalogBuilder, type ReadOptions } from './catalog/build';
export type { KeepLinks } from './catalog/context';
export { canonicalize } from './url/canonical';

/** A list file's name and text. */
export interface ListSource {
	/** Where the list came from, as the reader named it: diagnostics and the list note say this. */
	file: string;
	text: string;
	/** The list's identity when `file` is not enough: a resolved path, or a fresh key per clipboard import. */
	key?: string;
	/** A name the reader gave the list, over the one its text gives. */
	title?: string;
	/** Where the list lives on the web: its relative links (`papers/x.pdf`) are read against it. */
	base?: string;
}

/** Read every list and merge them into one catalog. Never throws on any text. `keep` keeps left-out links as readings. */
export function buildCatalog(sources: ListSource[], opts: { keep?: KeepLinks } = {}): Catalog {
	const builder = new CatalogBuilder();
	for (const s of sources) builder.addList(parseList(s.file, s.text), { ...opts, ...(s.base ? { base: s.base } : {}) });
	const catalog = builder.build();
	// Lists come out in the order they went in.
	sources.forEach((s, i) => {
		const list = catalog.lists[i];
		if (!list) return;
		if (s.key) list.key = s.key;
		if (s.title?.trim()) list.title = s.title.trim();
	});
	return catalog;
}
export { catalogToJson, listReportToJson, type CatalogJson, type ListReportJson } from './catalog/json';
export { CONTENTS, keepable, kindCount, kindName, leftOutGroups, leftOutLine, leftOutWords, lineList, reportLines, type LeftOutLink } from './report-text';
export type { PropertyPatch, ScannedNote, Vault, VaultScan } from './vault/types';
export { applyPatchToObject, applyPatchToText, readProperties, splitNote } from './note/frontmatter';
export { isInside, normalizePath, safeFileName } from './note/names';
export { MemoryVault, scanText } from './vault/memory-vault';
export { DEFAULT_SUBFOLDERS, type ImportOptions, type ImportPlan, type ImportReport, type NoteType } from './import/plan';
export type { ImportReceipts, PlanFindings } from './import/types';
export { describeListChange, listId, type ListChange } from './note/list-identity';
export { applyPlan, importCatalog, prepareImport, writeCount, type ApplyOptions, type ReceiptOptions } from './import/apply';
export { planProgress, tallyItems, tallyOf, type ListProgress, type Progress, type RowProgress, type Tally, type TopicProgress, type VaultProgress } from './library/progress';
export { placesOf, placeText, type Place } from './library/places';
export { topicSummaries, type TopicSummary } from './library/topics';
export { siblingLabels } from './library/labels';
export { LinkResolver, linkTarget, linkTargets, readWikilink, wikilinkWords } from './note/wikilinks';
export { displayTitle, libraryItem, type ItemType, type LibraryItem } from './library/library';
export { applyStatusChange, isAdvance, nextStatus, statusChange, type StatusChange } from './note/status-moves';
export { isFiltered, matches, matchesKindAndText } from './library/filter';
export { readingNow, topPriority } from './library/next';
export { setBoxes, ticks, type Tick } from './library/checkboxes';
export { weeklyProgress, type WeekCount, type WeeklyProgress } from './library/weekly';
export { buildStudyPlan, trailTo, studyOrder, type PlanFilter, type PlanNode, type StudyPlan } from './library/tree';
export { listBlockLines, parseBlockLines, parseListBlock, type BlockLine } from './note/list-block';
export { FILED_HERE, TOPIC_BEGIN, topicBaseBlock } from './note/topic-base';
export {
	SearchIndex, bibliography, bibliographyLine, listedAs, normalize, placeLines, placeTopics, reasonText, SHOWN_PLACES,
	type MatchReason, type SearchRecord, type SearchResult,
} from './search/index';
export { libraryIndex, libraryRecord, moved, readWhere, Sharing, type LibraryView, type Where } from './search/library-records';
export { parseQuery, QUERY_HELP, type ParsedQuery, type QueryFilter } from './search/query';
export { libraryFromFiles, libraryFromScan, type LibraryFromFiles } from './library/from-files';
export * from './enrich/index';
export { distinctive, findMentions, linkMentions, mentionIndex, mentionedInBlock, sentenceAround, unlinkMentions, withMentionedIn, type LinkEdit, type Mention, type MentionTarget, type WrittenLink } from './mentions';
export { NoteTemplates, renderTemplate, TEMPLATE_VARIABLES, type TemplateKind, type TemplateValues } from './import/template';
export { aboutTerms } from './search/about';
export { countSentences, missingParts, missingSentences, recoverySentences, summaryClauses } from './import/report-text';
export { countOf } from './text/count';
