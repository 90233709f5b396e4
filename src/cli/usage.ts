/**
 * What `syllabus --help`, `syllabus <command> --help` and `--version` print.
 * Each command's usage is written once here; the top-level usage is built
 * from them, so the two can never say different things.
 */
import { version } from '../../package.json';

/** What a command run produced: text to print and the exit code. */
export interface CommandResult {
	stdout: string;
	stderr: string;
	code: number;
}

/** The version in package.json: esbuild and vitest both read the JSON import, so the bundle carries it. */
export const VERSION = version;

/** The commands, in the order the usage lists them. */
export const COMMANDS = ['parse', 'import', 'enrich', 'stats'] as const;

/** A command's name. */
export type Command = (typeof COMMANDS)[number];

interface Usage {
	/** The command line, one entry per printed line (the first names the command). */
	synopsis: string[];
	/** What it does, one entry per printed line. */
	text: string[];
}

const USAGES: Record<Command, Usage> = {
	parse: {
		synopsis: ['parse <file>... [--json] [--keep-all]'],
		text: [
			'Read reading lists and print their catalog: resources, concepts, topics',
			'and diagnostics (file:line), and per list what was left out of the',
			'readings (badges, profiles, contents links…) and where titles came from.',
			'--json prints one JSON object for other tools. --keep-all reads every',
			'left-out link that has an address as a reading.',
		],
	},
	import: {
		synopsis: [
			'import <file>... --vault <dir> [--folder Syllabus] [--dry-run] [--keep-status] [--keep-all]',
			'       [--json] [--enrich] [--template <file>] [--concept-template <file>] [--topic-template <file>]',
		],
		text: [
			'Write the lists into an Obsidian vault: one note per resource, concept,',
			'topic and list. Re-importing never overwrites what you wrote or set;',
			'an unchanged list writes nothing. --dry-run reports without writing.',
			'Every list and template is read before the vault is touched: if one',
			'cannot be read, nothing is written. A vault folder that does not exist',
			'yet is created, when the folder it goes in exists.',
			'--keep-all imports the links left out of the readings too (all but',
			'contents links). --json prints the report as one JSON object.',
			'A list marking an item done ([x], [DONE], ✅) or reading ([/]) moves its',
			'note forward, never back; --keep-status leaves every status as it is.',
			'--enrich fetches metadata afterwards, as `enrich` does.',
			'--template shapes the part of each new resource note you write in',
			'({{title}}, {{authors}}, {{year|n.d.}}, {{notes}}, {{date}}…); the',
			'concept and topic templates do the same for those notes. On a terminal',
			'a progress line shows count, rate and time left.',
		],
	},
	enrich: {
		synopsis: ['enrich --vault <dir> [--only arxiv,doi,github,youtube,web] [--refresh] [--dry-run] [--allow-local]'],
		text: [
			'Fetch titles, authors, years and abstracts for resource notes (the',
			'network is used only by this command and by import --enrich). Adds',
			'properties a note lacks, never replaces one; renames notes that still',
			'have the name made from their URL. Answers are cached beside the vault;',
			'--refresh asks again. Pages on your local network are never fetched',
			'unless --allow-local (or SYLLABUS_ALLOW_LOCAL=1).',
		],
	},
	stats: {
		synopsis: ['stats --vault <dir> [--json]'],
		text: ['Progress per list and topic, read from the notes\' status.'],
	},
};

const EXIT_CODES = 'Exit codes: 0 ok, 1 a file could not be read or written, 2 bad usage.\n';

/** The usage of every command, as `syllabus --help` prints it. */
export function usage(): string {
	const commands = COMMANDS.map((c) => [...USAGES[c].synopsis.map((l) => `  ${l}`), ...USAGES[c].text.map((l) => `      ${l}`)].join('\n'));
	return [
		'Usage: syllabus <command> [options]',
		'',
		'Commands:',
		commands.join('\n\n'),
		'',
		'syllabus <command> --help prints one command\'s usage; syllabus --version prints the version.',
		'',
		EXIT_CODES,
	].join('\n');
}

/** One command's usage, as `syllabus <command> --help` prints it. */
export function commandUsage(command: Command): string {
	const u = USAGES[command];
	const head = 'Usage: syllabus ';
	return [...u.synopsis.map((l, i) => `${i ? ' '.repeat(head.length) : head}${l}`), '', ...u.text.map((l) => `  ${l}`), '', EXIT_CODES].join('\n');
}

/** Whether `name` is a command. */
export function isCommand(name: string): name is Command {
	return (COMMANDS as readonly string[]).includes(name);
}

/** Bad usage of a command: what was wrong, and where to read how it is used (exit code 2). */
export function usageError(command: Command, message: string): CommandResult {
	return { stdout: '', stderr: `syllabus ${command}: ${message}\nRun "syllabus ${command} --help" for its usage.\n`, code: 2 };
}
