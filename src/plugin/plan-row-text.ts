/**
 * What a study-plan row says besides its short label, the same in the sidebar
 * and the progress view. Words only: no DOM here.
 */
import { siblingLabels, type PlanNode } from '../core';

/** Each node's label among its siblings: the full title unless a shared series name can go. */
export function labelsOf(nodes: readonly PlanNode[]): string[] {
	return siblingLabels(nodes.map((n) => n.title));
}
