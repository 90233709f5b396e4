/**
 * `import --template` on real files: a paper template shapes new notes, a
 * template that cannot be read is reported and the built-in body used, and
 * re-import with a template never touches notes that exist. The progress line
 * shows on a terminal only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './__tests__/temp-dirs';
import { run } from './main';
import { progressLine, progressText } from './progress-line';

const LIST = '# Serving\n\n- [Efficient Memory Management for LLM Serving with PagedAttention](https://arxiv.org/abs/2309.06180) (vLLM)\n- KV cache\n';
const NOTE = 'Syllabus/Resources/Efficient Memory Management for LLM Serving with PagedAttention.md';

describe('import --template', () => {
	it('shapes new notes, and re-import leaves them alone', async () => {
		const dir = tempDir('syllabus-template-');
		writeFileSync(join(dir, 'serving.md'), LIST);
		writeFileSync(join(dir, 'paper.md'), '## Summary\n{{notes}}\n\n## Key ideas\n\n## Questions\n\n(Added {{date}}; {{year|n.d.}}; {{mood}})\n');
		writeFileSync(join(dir, 'concept.md'), '## Definition\n\n## Seen in\n{{lists}}\n');
		const vault = join(dir, 'vault');
		const first = await run(['import', join(dir, 'serving.md'), '--vault', vault, '--template', join(dir, 'paper.md'), '--concept-template', join(dir, 'concept.md')]);
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('Note: template variable {{mood}} is not one Syllabus knows; left as written.');
		const note = readFileSync(join(vault, NOTE), 'utf8');
		expect(note).toMatch(/> \[!quote\] About\n> vLLM\n> Listed in \[\[Serving\]\], line 3\.\n\n## Summary\nvLLM\n\n## Key ideas\n\n## Questions\n\n\(Added \d{4}-\d{2}-\d{2}; n\.d\.; \{\{mood\}\}\)\n$/);
		expect(readFileSync(join(vault, 'Syllabus/Concepts/KV cache.md'), 'utf8')).toContain('## Definition\n\n## Seen in\n[[Serving]]\n');

		writeFileSync(join(dir, 'paper.md'), '# A different template {{title}}\n');
		const again = await run(['import', join(dir, 'serving.md'), '--vault', vault, '--template', join(dir, 'paper.md')]);
		expect(again.stdout).toContain('Created 0 notes.');
		expect(again.stdout).toContain('Updated 0 notes; ');
		expect(readFileSync(join(vault, NOTE), 'utf8')).toBe(note);
	});

	it('stops before writing when a template cannot be read: notes made without it would never get it', async () => {
		const dir = tempDir('syllabus-template-');
		writeFileSync(join(dir, 'serving.md'), LIST);
		writeFileSync(join(dir, 'binary.md'), Buffer.from([0x23, 0x00, 0xff]));
		const vault = join(dir, 'vault');
		const result = await run(['import', join(dir, 'serving.md'), '--vault', vault, '--template', join(dir, 'missing.md'), '--topic-template', join(dir, 'binary.md')]);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(
			`syllabus import: ${join(dir, 'missing.md')}: cannot read the --template file (no such file)\n` +
				`syllabus import: ${join(dir, 'binary.md')}:1: the --topic-template file is binary, not text\n` +
				'syllabus import: nothing was written.\n',
		);
		expect(existsSync(vault)).toBe(false);
	});
});

describe('the progress line', () => {
	it('says count, rate and time left', () => {
		expect(progressText(5000, 20000, 2500)).toBe('Writing notes: 5000/20000 (25%) · 2000/s · 8 s left');
		expect(progressText(0, 20000, 0)).toBe('Writing notes: 0/20000 (0%) · 0/s · ? left');
		expect(progressText(1000, 200000, 10000)).toBe('Writing notes: 1000/200000 (0%) · 100/s · 33 min 10 s left');
	});

	it('draws in place on a terminal and clears itself; writes nothing when piped', () => {
		const written: string[] = [];
		let t = 0;
		const tty = progressLine({ isTTY: true, columns: 100, write: (s: string) => written.push(s) }, () => t);
		t = 1000;
		tty.onProgress!(50, 100);
		tty.end();
		expect(written).toEqual(['\rWriting notes: 50/100 (50%) · 50/s · 1 s left\u001b[K', '\r\u001b[K']);

		const piped: string[] = [];
		const pipe = progressLine({ isTTY: false, write: (s: string) => piped.push(s) });
		expect(pipe.onProgress).toBeUndefined();
		pipe.end();
		expect(piped).toEqual([]);
	});
});
