/**
 * `npm run -s long-lines`: the source lines over 120 columns against the
 * record (`long-lines.json`, checked by `long-lines.test.ts`).
 *
 *   npm run -s long-lines              what differs from the record
 *   npm run -s long-lines -- --write   write the record as the files are now
 *
 * Write the record when lines were shortened (it only goes down), or
 * deliberately, when files moved or a long line has to stay.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, explain, measure, recordOf } from './long-lines';
import record from './long-lines.json';

const root = process.cwd();
const found = measure(root);
const total = [...found.values()].reduce((n, l) => n + l.length, 0);
if (process.argv.includes('--write')) {
	const path = 'src/lint/long-lines.json';
	writeFileSync(join(root, path), `${JSON.stringify(recordOf(found), null, '\t')}\n`);
	process.stdout.write(`Wrote ${path}: ${total} long lines in ${found.size} files.\n`);
} else {
	const diff = compare(record, found);
	for (const d of diff) process.stdout.write(`${explain(d)}\n`);
	const verdict = diff.length ? `${diff.length} files differ from the record` : 'as recorded';
	process.stdout.write(`${total} long lines in ${found.size} files; ${verdict}.\n`);
	process.exitCode = diff.length ? 1 : 0;
}
