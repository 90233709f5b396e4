/**
 * Whether the folder named by `--vault` can be the vault a command reads or
 * writes, checked before the command touches anything. A researcher who
 * mistypes the path should hear so, not get an empty report ("0/0 done") or a
 * vault skeleton in a folder nobody meant. `import` may make the vault folder
 * itself, but only inside a folder that exists: a typo higher up the path is
 * an error, not a new tree of folders.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What a command needs of its vault folder. */
export interface VaultNeeds {
	/** The command writes into the vault (import, enrich, not with --dry-run). */
	write: boolean;
	/** A folder that does not exist yet is made by the command (import). */
	create: boolean;
}

function kind(path: string): 'folder' | 'file' | undefined {
	try {
		const s = statSync(path, { throwIfNoEntry: false });
		return s ? (s.isDirectory() ? 'folder' : 'file') : undefined;
	} catch {
		// ENOTDIR: a file stands where a folder of the path should be, so nothing is there.
		return undefined;
	}
}

function writable(dir: string): boolean {
	try {
		// Making and renaming files in a folder needs both write and search permission.
		accessSync(dir, constants.W_OK | constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** Why `dir` cannot be the vault, naming the path; undefined when it can. */
export function vaultProblem(dir: string, needs: VaultNeeds): string | undefined {
	const found = kind(dir);
	if (found === 'file') return `the vault ${dir} is a file, not a folder`;
	if (found === 'folder') return needs.write && !writable(dir) ? `the vault ${dir} is not writable` : undefined;
	if (!needs.create) return `no vault at ${dir}: there is no such folder`;
	// The folder the vault would be made in, as typed where it can be, else as resolved (`--vault new` is made in `.`).
	const parent = dirname(resolve(dir));
	const shown = dirname(dir) === '.' ? parent : dirname(dir);
	const parentKind = kind(parent);
	if (parentKind === undefined) return `cannot make the vault ${dir}: the folder ${shown} does not exist`;
	if (parentKind === 'file') return `cannot make the vault ${dir}: ${shown} is a file, not a folder`;
	if (needs.write && !writable(parent)) return `cannot make the vault ${dir}: the folder ${shown} is not writable`;
	return undefined;
}

/** Whether a folder can take new files (for files a command keeps beside the vault). */
export function folderProblem(dir: string): string | undefined {
	if (kind(dir) !== 'folder') return `the folder ${dir} does not exist`;
	return writable(dir) ? undefined : `the folder ${dir} is not writable`;
}
