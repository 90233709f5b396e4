/**
 * The list note's checkboxes, kept in step with the notes' statuses: which
 * boxes the reader ticked (a line that kept its link but changed its box),
 * and the text with the boxes set to the statuses. Only the generated block
 * is read or written; a line keeps everything but its box character. The
 * plugin decides when to call these; nothing here touches a vault.
 */
import type { Status } from '../types';
import { setLineBox, type BlockLine } from '../note/list-block';
import { blockSpan } from '../note/markers';

/** A box the reader changed: the line's link target and the status it now shows. */
export interface Tick {
	target: string;
	status: Status;
}

/**
 * Boxes that changed between two readings of the same block. A line counts
 * only when the same link sits at the same place: a re-import that reshapes
 * the list is not a tick.
 */
export function ticks(before: BlockLine[], after: BlockLine[]): Tick[] {
	const out: Tick[] = [];
	after.forEach((a, i) => {
		const b = before[i];
		if (a.target && a.checkbox && b?.target === a.target && b.checkbox && b.checkbox !== a.checkbox) out.push({ target: a.target, status: a.checkbox });
	});
	return out;
}

/**
 * The note's text with each box set to its item's status (`statusOf` returns
 * undefined to leave a line alone), or null when no box changes.
 */
export function setBoxes(text: string, statusOf: (target: string) => Status | undefined): string | null {
	const span = blockSpan(text);
	if (!span) return null;
	const { begin, close } = span;
	let changed = false;
	const block = text
		.slice(begin, close)
		.split('\n')
		.map((line) => {
			const boxed = setLineBox(line, statusOf);
			if (boxed !== line) changed = true;
			return boxed;
		})
		.join('\n');
	return changed ? text.slice(0, begin) + block + text.slice(close) : null;
}
