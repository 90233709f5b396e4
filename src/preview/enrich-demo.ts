/**
 * "Fetch metadata" in the preview page: the plugin's real enricher, with its
 * transport answering from the recorded arXiv responses the tests replay (the
 * page never reaches the network) and the real clock, so the progress notice
 * shows arXiv's three-second pacing as it would in Obsidian.
 */
import type { Transport } from '../core';
import arxivSeeds from '../core/enrich/__tests__/fixtures/arxiv-seeds.json';
import type SyllabusPlugin from '../plugin/main';

interface Recorded {
	url: string;
	status: number;
	headers: Record<string, string>;
	body: string;
}

/** Answers from the recorded arXiv batches for the seeds; anything else fails as if offline. */
function recordedTransport(): Transport {
	const records = arxivSeeds as Recorded[];
	return (req) => {
		const r = records.find((x) => x.url === req.url);
		if (!r) return Promise.reject(new Error('the preview is offline'));
		return Promise.resolve({ status: r.status, headers: r.headers, body: new TextEncoder().encode(r.body) });
	};
}

/** Turn fetching on for arXiv only and run "Fetch metadata for all resources". */
export async function fetchMetadataDemo(plugin: Pick<SyllabusPlugin, 'settings' | 'enricher'>): Promise<void> {
	await plugin.settings.update({ enrich: { ...plugin.settings.value.enrich, enabled: true, sources: { arxiv: true, doi: false, github: false, youtube: false, web: false } } });
	plugin.enricher.transport = () => recordedTransport();
	await plugin.enricher.run();
}
