/**
 * Obsidian draws its icons from Lucide; the mocks have none registered. The
 * preview registers, from the same icon set, every icon the plugin asks for,
 * so rows line up as they do in the app. The end-to-end tests fail on a row
 * whose icon is missing, which also catches a name the app would not know.
 */
import { addIcon } from 'obsidian-test-mocks/obsidian';
import {
	ArrowDown, ArrowUpToLine, BarChart3, Book, BookOpen, ChevronDown, ChevronRight, ChevronsDownUp, ChevronsUpDown, Crosshair, ExternalLink, File, FileText, Folder, FolderOpen, GitBranch, Globe,
	GraduationCap, Lightbulb, Link, List, MessageSquare, Minus, Newspaper, Video,
} from 'lucide-static';
import type { IconId } from '../plugin/icons';

/** Every icon the plugin names, typed by the plugin's own list so none can be left out. */
const ICONS: Record<IconId, string> = {
	'arrow-down': ArrowDown, 'arrow-up-to-line': ArrowUpToLine, 'bar-chart-3': BarChart3, 'chevrons-down-up': ChevronsDownUp, 'chevrons-up-down': ChevronsUpDown, crosshair: Crosshair,
	book: Book, 'book-open': BookOpen, 'chevron-down': ChevronDown, 'chevron-right': ChevronRight, 'external-link': ExternalLink,
	file: File, 'file-text': FileText, folder: Folder, 'folder-open': FolderOpen, 'git-branch': GitBranch, globe: Globe,
	'graduation-cap': GraduationCap, lightbulb: Lightbulb, link: Link, list: List, 'message-square': MessageSquare,
	minus: Minus, newspaper: Newspaper, video: Video,
};

/** Register the icons, sized and classed as Obsidian's `svg-icon`s are. */
export function registerIcons(): void {
	for (const [id, svg] of Object.entries(ICONS)) {
		addIcon(id, svg.replace('<svg', '<svg aria-hidden="true"').replace('class="lucide', `class="svg-icon lucide`).replace(/<!--[^]*?-->/g, '').replace(/>\s+</g, '><').trim());
	}
}
