/**
 * One model of progress behind every place a reader sees a count (issue 25):
 * the study plan's rows (the sidebar and the progress view draw them), the
 * topic notes' embedded base, `syllabus stats --json` and the status bar. On
 * the seeds plus two lists of our own (a course whose sections repeat a
 * sub-heading, a weekly digest), imported by the CLI into a folder:
 * - each list row counts what its list files there and below: never below a
 *   child, and its trail is a path its list has;
 * - each topic note's base, evaluated the way Bases reads its filter, keeps
 *   exactly the items the topic's summary counts, and `stats --json` says the
 *   same numbers; where a topic is one row of one list with nothing filed
 *   under a sub-topic, the row and the note agree;
 * - the paths shown for an item (its places, the "Listed in" lines of its
 *   note) are paths its lists have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	buildStudyPlan,
	FILED_HERE,
	ID_KEY,
	libraryFromFiles,
	placesOf,
	placeText,
	planProgress,
	readProperties,
	tallyItems,
	TOPIC_BEGIN,
	type LibraryFromFiles,
	type PlanNode,
	type StudyPlan,
	type VaultProgress,
} from '../../core';
import { currentBlock } from '../../core/note/list-block';
import { linkTarget } from '../../core/note/wikilinks';
import { run } from '../main';
import { REPO } from './golden-files';
import { tempDir } from './temp-dirs';

const OWN = ['repeated-subheadings.md', 'weekly-digest.md'].map((f) => join(REPO, 'src/core/library/__tests__', f));
const SEEDS = readdirSync(join(REPO, 'seeds')).sort().map((f) => join(REPO, 'seeds', f));

let files: Map<string, string>;
let lib: LibraryFromFiles;
let plan: StudyPlan;
let stats: VaultProgress;

function walkFiles(dir: string, root = dir, out = new Map<string, string>()): Map<string, string> {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, e.name);
		if (e.isDirectory()) {
			if (!e.name.startsWith('.')) walkFiles(full, root, out);
		} else if (e.name.endsWith('.md')) out.set(relative(root, full), readFileSync(full, 'utf8'));
	}
	return out;
}

beforeAll(async () => {
	const vault = tempDir('syllabus-one-model-');
	const made = await run(['import', ...SEEDS, ...OWN, '--vault', vault]);
	expect(made.code, made.stderr).toBe(0);
	const json = await run(['stats', '--vault', vault, '--json']);
	expect(json.code, json.stderr).toBe(0);
	stats = JSON.parse(json.stdout) as VaultProgress;
	files = walkFiles(vault);
	lib = libraryFromFiles(files);
	plan = buildStudyPlan(lib.items, lib.blocks, lib.resolver, {}, 0);
}, 60_000);

function rowsOf(node: PlanNode, above: string[] = [], out: { trail: string[]; node: PlanNode; parent: PlanNode }[] = []) {
	for (const c of node.children) {
		const trail = [...above, c.title];
		if (c.type === 'topic') out.push({ trail, node: c, parent: node });
		rowsOf(c, trail, out);
	}
	return out;
}

/** The trails of a list's block: every line's titles above it and its own. */
function blockTrails(listPath: string): Set<string> {
	const out = new Set<string>();
	const stack: { depth: number; title: string }[] = [];
	for (const line of lib.blocks.get(listPath) ?? []) {
		while (stack.length && stack[stack.length - 1]!.depth >= line.depth) stack.pop();
		const path = line.target ? lib.resolver.resolve(line.target) : undefined;
		stack.push({ depth: line.depth, title: (path && lib.items.get(path)?.title) || line.text });
		out.add(stack.map((s) => s.title).join(' › '));
	}
	return out;
}

/** What a topic note's base shows, read the way Bases reads the filter Syllabus writes. */
function baseRows(topicPath: string): string[] {
	const block = currentBlock(files.get(topicPath)!, TOPIC_BEGIN);
	expect(block, topicPath).not.toBeNull();
	const spec = parse(/```base\n([\s\S]*)```/.exec(block!)![1]!) as { filters: { and: string[] }; views: { filters: { and: string[] } }[] };
	// Only the filters this evaluator knows: a change to them must change it too.
	expect(spec.filters.and).toEqual([FILED_HERE, `file.hasProperty("${ID_KEY}")`]);
	expect(spec.views[0]!.filters.and).toEqual(['file.hasProperty("status")']);
	const out: string[] = [];
	for (const [path, text] of files) {
		const p = readProperties(text);
		if (!('properties' in p)) continue;
		const props = p.properties;
		if (props[ID_KEY] === undefined || props.status === undefined) continue;
		const topics = Array.isArray(props.topics) ? props.topics : props.topics === undefined ? [] : [props.topics];
		if (topics.some((t) => lib.resolver.resolve(linkTarget(String(t)) ?? '') === topicPath)) out.push(path);
	}
	return out.sort();
}

describe('one model of progress (seeds + a course with repeated sub-headings + a weekly digest)', () => {
	it('gives each list row what its list files there and below: never below a child, on a path its list has', () => {
		expect(plan.lists.length).toBe(7);
		let rows = 0;
		for (const list of plan.lists) {
			const trails = blockTrails(list.path!);
			for (const { trail, node, parent } of rowsOf(list)) {
				rows++;
				expect(trails.has(trail.join(' › ')), `${list.title} › ${trail.join(' › ')}`).toBe(true);
				expect(parent.total, `${parent.title} under ${node.title}`).toBeGreaterThanOrEqual(node.total);
				expect(parent.done).toBeGreaterThanOrEqual(node.done);
			}
		}
		expect(rows).toBeGreaterThan(100);
		// The repeated sub-heading: one topic note, a row in each section that has it, each counting its own section.
		const course = plan.lists.find((l) => l.title.startsWith('Applied deep learning'))!;
		const practice = rowsOf(course).filter((r) => r.node.title === 'Practice');
		expect(practice.map((r) => `${r.trail.join(' › ')} ${r.node.total}`)).toEqual([
			'Module 2: Convolutional networks › Practice 1',
			'Module 5: Fine-tuning › Practice 1',
		]);
		expect(practice[0]!.node.topic).toBe(practice[1]!.node.topic);
		expect(practice[0]!.node.topic!.total).toBe(2);
	});

	it('has stats --json say what the plan says, row by row and topic by topic', () => {
		const fromPlan = planProgress(plan);
		expect(stats).toEqual(JSON.parse(JSON.stringify(fromPlan)));
		for (const [i, list] of plan.lists.entries()) {
			const rows = rowsOf(list).map((r) => ({ trail: r.trail, done: r.node.done, reading: r.node.reading, total: r.node.total }));
			expect(stats.lists[i]!.rows).toEqual(rows);
			expect(stats.lists[i]!.total).toBe(list.total);
		}
		// The status bar counts every study item once, as the overall line does.
		expect(tallyItems(lib.items.values())).toEqual(stats.overall);
	});

	it('has each topic note base show exactly what the topic counts, and stats the same numbers', () => {
		expect(plan.topics.size).toBeGreaterThan(100);
		for (const topic of plan.topics.values()) {
			const rows = baseRows(topic.path);
			expect(rows, topic.title).toEqual([...topic.items].sort());
			const shown = tallyItems(rows.map((p) => lib.items.get(p)!));
			expect({ done: topic.done, total: topic.total }, topic.title).toEqual({ done: shown.done, total: shown.total });
			const line = stats.topics.find((t) => t.path === topic.path)!;
			expect(line, topic.title).toMatchObject({ done: topic.done, total: topic.total, lists: topic.lists.length });
			// The note says in how many lists it is, as the model does.
			expect(files.get(topic.path)).toContain(`In ${topic.lists.length} ${topic.lists.length === 1 ? 'list' : 'lists'}: `);
		}
	});

	it('agrees row and note where both describe the same thing: a topic that is one row of one list, with no sub-topics', () => {
		let same = 0;
		for (const list of plan.lists) {
			for (const { node } of rowsOf(list)) {
				const topic = node.topic!;
				const alone = topic.lists.length === 1 && rowsOf(list).filter((r) => r.node.path === node.path).length === 1;
				if (!alone || node.children.some((c) => c.type === 'topic')) continue;
				same++;
				expect(`${node.done}/${node.total}`, node.title).toBe(`${topic.done}/${topic.total}`);
			}
		}
		expect(same).toBeGreaterThan(30);
	});

	it('shows only paths the lists have: places, and each new note\'s "Listed in" lines', () => {
		const places = placesOf(lib.items, lib.blocks, lib.resolver);
		const trailsOf = new Map(plan.lists.map((l) => [l.path!, blockTrails(l.path!)]));
		let twice = 0;
		for (const [path, mine] of places) {
			const item = lib.items.get(path)!;
			for (const p of mine) expect(trailsOf.get(p.list)!.has([...p.trail, item.title].join(' › ')), `${placeText(p)} › ${item.title}`).toBe(true);
			if (new Set(mine.map((p) => p.list)).size > 1) twice++;
			const listed = [...files.get(path)!.matchAll(/^> Listed in \[\[([^\]|]+)(?:\|[^\]]*)?\]\](.*), line \d+\.$/gm)];
			for (const [, link, rest] of listed) {
				const list = lib.resolver.resolve(link!)!;
				const text = `${lib.items.get(list)!.title}${rest}`;
				expect(mine.map(placeText), `${path}: ${text}`).toContain(text);
			}
		}
		expect(twice).toBeGreaterThan(5);
	});
});
