/**
 * The settings of metadata fetching: off until the reader turns it on (no
 * network request happens before that), which sources to ask, an optional
 * GitHub token, a contact address for the User-Agent arXiv and Crossref ask
 * for, and whether pages on the local network may be fetched.
 */
import { Setting } from 'obsidian';
import type { SourceName } from '../core';

/** What the reader chose about fetching metadata. */
export interface EnrichSettings {
	enabled: boolean;
	sources: Record<SourceName, boolean>;
	/** Sent only to api.github.com; never written to a note, report or the cache. */
	githubToken: string;
	contact: string;
	allowLocal: boolean;
}

/** Off, every source ready for when it is turned on, the local network refused. */
export const DEFAULT_ENRICH_SETTINGS: Readonly<EnrichSettings> = Object.freeze({
	enabled: false,
	sources: { arxiv: true, doi: true, github: true, youtube: true, web: true },
	githubToken: '',
	contact: '',
	allowLocal: false,
});

/** Saved data over the defaults. */
export function mergeEnrichSettings(saved: unknown): EnrichSettings {
	const s = (saved && typeof saved === 'object' ? saved : {}) as Partial<EnrichSettings>;
	const sources = { ...DEFAULT_ENRICH_SETTINGS.sources };
	for (const k of Object.keys(sources) as SourceName[]) if (typeof s.sources?.[k] === 'boolean') sources[k] = s.sources[k];
	return {
		enabled: s.enabled === true,
		sources,
		githubToken: typeof s.githubToken === 'string' ? s.githubToken.trim() : '',
		contact: typeof s.contact === 'string' ? s.contact.trim() : '',
		allowLocal: s.allowLocal === true,
	};
}

const SOURCE_LABELS: Record<SourceName, [string, string]> = {
	arxiv: ['arXiv papers', 'Asks export.arxiv.org in batches, at most once every 3 seconds; DataCite when arXiv is busy.'],
	doi: ['DOIs', 'Asks doi.org for the citation of each DOI.'],
	github: ['GitHub repositories', 'Asks api.github.com for description, stars and language.'],
	youtube: ['YouTube videos', "Asks YouTube's oEmbed service for title and channel."],
	web: ['Other web pages', 'Reads the first 512 KB of the page itself for its title and citation tags.'],
};

/** The settings section, under its own heading. */
export function renderEnrichSettings(containerEl: HTMLElement, s: EnrichSettings, save: () => Promise<void>): void {
	new Setting(containerEl).setName('Metadata').setHeading();
	new Setting(containerEl)
		.setName('Fetch metadata')
		.setDesc('Off by default. When on, the fetch commands send a request for each resource to the services below, to fill in titles, authors, years and abstracts. Nothing is sent until you run a command.')
		.addToggle((t) =>
			t.setValue(s.enabled).onChange(async (v) => {
				s.enabled = v;
				await save();
			}),
		);
	for (const key of Object.keys(SOURCE_LABELS) as SourceName[]) {
		const [name, desc] = SOURCE_LABELS[key];
		new Setting(containerEl).setName(name).setDesc(desc).addToggle((t) =>
			t.setValue(s.sources[key]).onChange(async (v) => {
				s.sources[key] = v;
				await save();
			}),
		);
	}
	new Setting(containerEl)
		.setName('GitHub token')
		.setDesc('Optional. Raises the limit of 60 repositories an hour. Sent only to the GitHub API; stored with the plugin settings in this vault.')
		.addText((t) => {
			t.inputEl.type = 'password';
			t.setValue(s.githubToken).onChange(async (v) => {
				s.githubToken = v.trim();
				await save();
			});
		});
	new Setting(containerEl)
		.setName('Contact email')
		.setDesc('Optional. Sent to arXiv, DataCite and doi.org with each request, as they ask of polite clients.')
		.addText((t) =>
			t.setPlaceholder('you@example.org').setValue(s.contact).onChange(async (v) => {
				s.contact = v.trim();
				await save();
			}),
		);
	new Setting(containerEl)
		.setName('Allow fetching pages on my local network')
		.setDesc('Off: links to your own computer, router, network drive or other local addresses are never fetched, even when a list you imported points at them. Turn on only for lists of your own intranet pages.')
		.addToggle((t) =>
			t.setValue(s.allowLocal).onChange(async (v) => {
				s.allowLocal = v;
				await save();
			}),
		);
}
