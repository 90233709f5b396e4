/**
 * The `syllabus` command line: the same core as the plugin, over files.
 */
import { enrichAfterImport, runEnrich } from './enrich-command';
import { runImport, runStats } from './import-command';
import { runParse, type CommandResult } from './parse-command';

const USAGE = `Usage: syllabus <command> [options]

Commands:
  parse <file>... [--json] [--keep-all]
      Read reading lists and print their catalog: resources, concepts, topics
      and diagnostics (file:line), and per list what was left out of the
      readings (badges, profiles, contents links…) and where titles came from.
      --json prints one JSON object for other tools. --keep-all reads every
      left-out link that has an address as a reading.

  import <file>... --vault <dir> [--folder Syllabus] [--dry-run] [--keep-status] [--keep-all]
         [--json] [--enrich] [--template <file>] [--concept-template <file>] [--topic-template <file>]
      Write the lists into an Obsidian vault: one note per resource, concept,
      topic and list. Re-importing never overwrites what you wrote or set;
      an unchanged list writes nothing. --dry-run reports without writing.
      --keep-all imports the links left out of the readings too (all but
      contents links). --json prints the report as one JSON object.
      A list marking an item done ([x], [DONE], ✅) or reading ([/]) moves its
      note forward, never back; --keep-status leaves every status as it is.
      --enrich fetches metadata afterwards, as \`enrich\` does.
      --template shapes the part of each new resource note you write in
      ({{title}}, {{authors}}, {{year|n.d.}}, {{notes}}, {{date}}…); the
      concept and topic templates do the same for those notes. On a terminal
      a progress line shows count, rate and time left.

  enrich --vault <dir> [--only arxiv,doi,github,youtube,web] [--refresh] [--dry-run] [--allow-local]
      Fetch titles, authors, years and abstracts for resource notes (the
      network is used only by this command and by import --enrich). Adds
      properties a note lacks, never replaces one; renames notes that still
      have the name made from their URL. Answers are cached beside the vault;
      --refresh asks again. Pages on your local network are never fetched
      unless --allow-local (or SYLLABUS_ALLOW_LOCAL=1).

  stats --vault <dir> [--json]
      Progress per list and topic, read from the notes' status.

Exit codes: 0 ok, 1 a file could not be read or written, 2 bad usage.
`;

/** Dispatch a command line (without `node` and the script path). */
export async function run(argv: string[]): Promise<CommandResult> {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === '-h' || command === 'help') return { stdout: USAGE, stderr: '', code: command ? 0 : 2 };
	if (command === 'parse') return runParse(rest);
	if (command === 'import') {
		if (!rest.includes('--enrich')) return runImport(rest);
		// The metadata report is text: it has no place in the one JSON object --json prints.
		if (rest.includes('--json')) return { stdout: '', stderr: 'syllabus import: --json and --enrich cannot be combined; run enrich afterwards\n', code: 2 };
		const imported = await runImport(rest.filter((a) => a !== '--enrich'));
		return enrichAfterImport(imported, rest);
	}
	if (command === 'enrich') return runEnrich(rest);
	if (command === 'stats') return runStats(rest);
	return { stdout: '', stderr: `syllabus: unknown command "${command}"\n\n${USAGE}`, code: 2 };
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
			process.stderr.write(`syllabus: ${e instanceof Error ? e.message : String(e)}\n`);
			process.exitCode = 1;
		},
	);
}
