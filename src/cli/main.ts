/**
 * The `syllabus` command line: the same core as the plugin, over files.
 */
import { runParse, type CommandResult } from './parse-command';

const USAGE = `Usage: syllabus <command> [options]

Commands:
  parse <file>... [--json]   Read reading lists and print their catalog: resources,
                             concepts, topics and diagnostics (file:line).
                             --json prints one JSON object for other tools.

Exit codes: 0 ok, 1 a file could not be read or is binary, 2 bad usage.
`;

/** Dispatch a command line (without `node` and the script path). */
export function run(argv: string[]): CommandResult {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === '-h' || command === 'help') return { stdout: USAGE, stderr: '', code: command ? 0 : 2 };
	if (command === 'parse') return runParse(rest);
	return { stdout: '', stderr: `syllabus: unknown command "${command}"\n\n${USAGE}`, code: 2 };
}

if (require.main === module) {
	const result = run(process.argv.slice(2));
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	process.exitCode = result.code;
}
