/**
 * What the schema's functions do with real notes: ids minted for a list's
 * items are the ids vaults already hold (so re-import finds them), are the
 * same on every run, differ for different items, and say their role; every
 * note an import writes carries the tag for its kind or role; and when lists
 * disagree about an item's status the more advanced one wins.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { importCatalog } from '../import/apply';
import { MemoryVault } from '../vault/memory-vault';
import { readProperties } from './frontmatter';
import { idRole, mintId, moreAdvanced, tagFor, type NoteRole } from './schema';
import type { Status } from '../types';

// A reading list in the shape people keep them: numbered sections, links after a colon, bare titles for concepts.
const LIST = [
	'1. Embeddings',
	'\t1. word2vec: https://arxiv.org/pdf/1301.3781 ',
	'\t2. Cross Encoders',
	'2. Tools',
	'\t1. https://github.com/facebookresearch/faiss',
	'\t2. Pinecone: what is a vector database? https://www.pinecone.io/learn/vector-database/',
	'\t3. Annoy talk: https://www.youtube.com/watch?v=QkCCyLW0ehU',
].join('\n');
const catalog = () => buildCatalog([{ file: 'lists/embeddings.md', text: LIST }]);

describe('ids', () => {
	it('are the ids vaults written by earlier versions hold, so re-import finds their notes', () => {
		// Recorded in src/cli/__tests__/expected/vault from the seeds, which list the same items.
		const c = catalog();
		expect(c.resources.find((r) => r.title === 'word2vec')?.id).toBe('r-2719nkyxf0b');
		expect(c.concepts.find((x) => x.title === 'Cross Encoders')?.id).toBe('c-1axs4bxsd0t');
		expect(c.topics.find((t) => t.title === 'Embeddings')?.id).toBe('t-0mjbyv5tdoc');
	});

	it('are the same on every run, and for the same item found through another link to it', () => {
		const ids = (cat: ReturnType<typeof catalog>) => [...cat.resources, ...cat.concepts, ...cat.topics].map((x) => x.id).sort();
		expect(ids(catalog())).toEqual(ids(catalog()));
		// The abstract page and the PDF are one paper: one id.
		const other = buildCatalog([{ file: 'other.md', text: '- [Efficient Estimation of Word Representations](https://arxiv.org/abs/1301.3781)' }]);
		expect(other.resources[0]!.id).toBe('r-2719nkyxf0b');
	});

	it('differ for every item, and for keys a character apart', () => {
		const c = catalog();
		const all = [...c.resources, ...c.concepts, ...c.topics].map((x) => x.id);
		expect(all).toHaveLength(7);
		expect(new Set(all).size).toBe(all.length);
		const near = ['url:arxiv.org/abs/1301.3781', 'url:arxiv.org/abs/1301.3782', 'url:arxiv.org/abs/1301.378', 'url:arxiv.org/abs/1310.3781', 'concept:rope', 'concept:rop', 'concept:ropee'];
		expect(new Set(near.map((k) => mintId('resource', k))).size).toBe(near.length);
		// Ten thousand keys as a large vault has them: no two share an id.
		const many = Array.from({ length: 10_000 }, (_, i) => mintId('resource', `url:arxiv.org/abs/2401.${String(i).padStart(5, '0')}`));
		expect(new Set(many).size).toBe(many.length);
		expect(many.every((id) => /^r-[0-9a-z]{11}$/.test(id))).toBe(true);
	});

	it('say the role they were minted for, and a role is never read from an id that is not ours', () => {
		const roles: NoteRole[] = ['resource', 'concept', 'topic', 'list'];
		for (const role of roles) expect(idRole(mintId(role, 'topic:embeddings'))).toBe(role);
		// One key, four roles: four ids.
		expect(new Set(roles.map((r) => mintId(r, 'topic:embeddings'))).size).toBe(4);
		for (const foreign of ['', 'z-123', 'R-2719nkyxf0b', '2719nkyxf0b', 'zotero-ABCD1234', 'resource']) expect(idRole(foreign), foreign).toBeUndefined();
	});
});

describe('the notes an import writes', () => {
	it('each carry the id of their role and the tag of their kind or role', async () => {
		const v = new MemoryVault();
		await importCatalog(v, catalog(), { folder: 'Syllabus', today: '2026-01-15' });
		const folderRole: Record<string, NoteRole> = { Resources: 'resource', Concepts: 'concept', Topics: 'topic', Lists: 'list' };
		const seen: Record<string, string[]> = {};
		for (const [path, text] of v.files) {
			if (!path.endsWith('.md')) continue;
			const role = folderRole[path.split('/')[1]!]!;
			const read = readProperties(text);
			if (!('properties' in read)) throw new Error(`${path}: ${read.error}`);
			const props = read.properties;
			const id = props['syllabus-id'] as string;
			expect(idRole(id), path).toBe(role);
			const tag = role === 'resource' ? tagFor(props.kind as 'paper') : tagFor(role);
			expect(props.tags, path).toEqual([tag]);
			(seen[role] ??= []).push(tag);
		}
		expect(seen.resource!.sort()).toEqual(['syllabus/course', 'syllabus/paper', 'syllabus/repo', 'syllabus/video']);
		expect(seen.concept).toEqual(['syllabus/concept']);
		expect(seen.topic).toEqual(['syllabus/topic', 'syllabus/topic']);
		expect(seen.list).toEqual(['syllabus/list']);
	});
});

describe('when lists disagree about an item', () => {
	it('the more advanced status wins, in either order: done, then reading, then skipped, then todo', () => {
		const order: Status[] = ['todo', 'skipped', 'reading', 'done'];
		for (const [i, a] of order.entries()) {
			for (const [j, b] of order.entries()) {
				const want = order[Math.max(i, j)];
				expect(moreAdvanced(a, b), `${a} vs ${b}`).toBe(want);
			}
		}
	});

	it('marks the item as the list that got furthest says, through the catalog', () => {
		const c = buildCatalog([
			{ file: 'a.md', text: '- [x] [word2vec](https://arxiv.org/abs/1301.3781)\n- [-] Cross Encoders' },
			{ file: 'b.md', text: '- [/] [word2vec](https://arxiv.org/abs/1301.3781)\n- [ ] Cross Encoders' },
		]);
		expect(c.resources[0]!.status).toBe('done');
		expect(c.concepts[0]!.status).toBe('skipped');
	});
});
