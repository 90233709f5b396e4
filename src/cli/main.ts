/**
 * The `syllabus` command line: the same core as the plugin, over files.
 */
import { enrichAfterImport, runEnrich } from './enrich-command';
import { runImport, runStats } from './import-command';
import { runParse } from './parse-command';
import { whyUnreadable } from './read-lists';
import { commandUsage, isCommand, usage, usageError, VERSION, type CommandResult } from './usage';

/** Dispatch a command line (without `node` and the script path). */
export async function run(argv: string[]): Promise<CommandResult> {
	const [command, ...rest] = argv;
	if (!command) return { stdout: '', stderr: usage(), code: 2 };
	if (command === '--help' || command === '-h' || command === 'help') {
		// `syllabus help import` is `syllabus import --help`.
		const about = rest[0];
		if (about === undefined) return { stdout: usage(), stderr: '', code: 0 };
		return isCommand(about) ? { stdout: commandUsage(about), stderr: '', code: 0 } : unknownCommand(about);
	}
	if (command === '--version' || command === '-V' || command === 'version') return { stdout: `syllabus ${VERSION}\n`, stderr: '', code: 0 };
	if (!isCommand(command)) return unknownCommand(command);
	// Asking for help is never an error, whatever else the line holds.
	if (rest.includes('--help') || rest.includes('-h')) return { stdout: commandUsage(command), stderr: '', code: 0 };
	if (command === 'parse') return runParse(rest);
	if (command === 'import') {
		if (!rest.includes('--enrich')) return runImport(rest);
		// The metadata report is text: it has no place in the one JSON object --json prints.
		if (rest.includes('--json')) return usageError('import', '--json and --enrich cannot be combined; run enrich afterwards');
		const imported = await runImport(rest.filter((a) => a !== '--enrich'));
		return enrichAfterImport(imported, rest);
	}
	if (command === 'enrich') return runEnrich(rest);
	return runStats(rest);
}

/** What went wrong, for an error nothing caught: a file system error names its path, in words. */
export function failureMessage(e: unknown): string {
	const path = (e as { path?: unknown }).path;
	if (typeof path === 'string' && (e as { code?: unknown }).code) return `${path}: ${whyUnreadable(e)}`;
	return e instanceof Error ? e.message : String(e);
}

function unknownCommand(name: string): CommandResult {
	return { stdout: '', stderr: `syllabus: unknown command "${name}"\n\n${usage()}`, code: 2 };
}

if (require.main === module) {
	// `syllabus parse … | head` closes the pipe early: that is not an error.
	process.stdout.on('error', (e: Error & { code?: string }) => {
		if (e.code === 'EPIPE') process.exit(0);
		throw e;
	});
	run(process.argv.slice(2)).then(
		(result) => {
			process.stdout.write(result.stdout);
			process.stderr.write(result.stderr);
			process.exitCode = result.code;
		},
		(e: unknown) => {
			process.stderr.write(`syllabus: ${failureMessage(e)}\n`);
			process.exitCode = 1;
		},
	);
}
