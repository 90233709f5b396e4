/**
 * Opening the plugin's views: the study plan in the right sidebar and the
 * progress view in a tab, each reused when already open, and sending the
 * reader from a progress row to that list or topic in the study plan.
 * Finds views through the workspace, never through references kept on the
 * plugin (deferred views may not be loaded yet).
 */
import type { App, WorkspaceLeaf } from 'obsidian';
import { PROGRESS_VIEW_TYPE } from './progress-view';
import { StudyPlanView, VIEW_TYPE } from './study-plan-view';

/** Open the study plan in the right sidebar, reusing an open one. */
export async function openStudyPlan(app: App): Promise<StudyPlanView | undefined> {
	const { workspace } = app;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: VIEW_TYPE, active: true });
	}
	if (!leaf) return undefined;
	await workspace.revealLeaf(leaf);
	// A deferred view loads when revealed.
	return leaf.view instanceof StudyPlanView ? leaf.view : undefined;
}

/** Open the progress view in a tab, reusing an open one. */
export async function openProgress(app: App): Promise<void> {
	const { workspace } = app;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(PROGRESS_VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getLeaf('tab');
		await leaf.setViewState({ type: PROGRESS_VIEW_TYPE, active: true });
	}
	await workspace.revealLeaf(leaf);
}

/** Show a list or topic in the study plan. */
export async function revealInPlan(app: App, path: string): Promise<void> {
	(await openStudyPlan(app))?.reveal(path);
}

/** Make Next up draw from a list or topic. */
export async function focusPlanOn(app: App, path: string): Promise<void> {
	(await openStudyPlan(app))?.focusOn(path);
}
