/**
 * The corpus on disk: the manifest, each list's half, its text and its facts.
 * The split is made once, by the list's name (the first byte of its SHA-256:
 * even for the development half, odd for the test half), so it never depends
 * on the order lists were added or on how they score.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestEntry {
	name: string;
	repo: string;
	path: string;
	commit: string;
	licence: string;
	shape: string;
}

export type Half = 'development' | 'test';

export function halfOf(name: string): Half {
	const first = createHash('sha256').update(name).digest()[0]!;
	return first % 2 === 0 ? 'development' : 'test';
}

export class Corpus {
	constructor(readonly dir: string) {}

	manifest(): ManifestEntry[] {
		return JSON.parse(readFileSync(join(this.dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
	}

	/** The list's saved text, or undefined when it is not in `lists/`. */
	text(e: ManifestEntry): { file: string; text: string } | undefined {
		for (const ext of ['.md', '.html']) {
			const file = join(this.dir, 'lists', e.name + ext);
			if (existsSync(file)) return { file: e.name + ext, text: readFileSync(file, 'utf8') };
		}
		return undefined;
	}

	facts(e: ManifestEntry): string | undefined {
		const file = join(this.dir, 'facts', `${e.name}.yaml`);
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	}

	/**
	 * Save the text of a missing list from a local repository snapshot
	 * (`<mirrors>/<owner>+<repo>/repo`, a bare git directory) at the manifest's
	 * commit. Returns why not when it cannot. Reads only local files.
	 */
	saveFromMirror(e: ManifestEntry, mirrors: string): string | undefined {
		const git = join(mirrors, e.repo.replace('/', '+'), 'repo');
		if (!existsSync(git)) return `no snapshot of ${e.repo} under ${mirrors}`;
		try {
			const text = execFileSync('git', ['-C', git, 'show', `${e.commit}:${e.path}`], { maxBuffer: 64 << 20 });
			mkdirSync(join(this.dir, 'lists'), { recursive: true });
			writeFileSync(join(this.dir, 'lists', `${e.name}${/\.html?$/i.test(e.path) ? '.html' : '.md'}`), text);
			return undefined;
		} catch (err) {
			return `git could not read ${e.path} at ${e.commit.slice(0, 10)} (${(err as Error).message.split('\n')[0]})`;
		}
	}
}
