import { describe, expect, it } from 'vitest';
import { failureLines, groupFailures } from './failures';

const page = (i: number, host: string, reason: string) => ({ path: `R/Page ${i}.md`, url: `https://${host}/p/${i}`, reason });

describe('failures grouped by reason and host', () => {
	it('makes one reason of the same failure at different hosts, with each host counted', () => {
		const failed = [
			...Array.from({ length: 1000 }, (_, i) => page(i, i < 700 ? 'a.example.com' : 'b.example.org', `could not reach ${i < 700 ? 'a.example.com' : 'b.example.org'}`)),
			page(1000, 'c.example.net', 'HTTP 404 Not Found from c.example.net'),
			page(1001, 'arxiv.org', 'HTTP 429 Too Many Requests from export.arxiv.org; DataCite: HTTP 404 Not Found from api.datacite.org'),
		];
		const groups = groupFailures(failed);
		expect(groups.map((g) => [g.reason, g.count, g.hosts, g.examples.length])).toEqual([
			['could not reach <host>', 1000, [{ host: 'a.example.com', count: 700 }, { host: 'b.example.org', count: 300 }], 20],
			['HTTP 404 Not Found from <host>', 1, [{ host: 'c.example.net', count: 1 }], 1],
			['HTTP 429 Too Many Requests from <host>; DataCite: HTTP 404 Not Found from api.datacite.org', 1, [{ host: 'export.arxiv.org', count: 1 }], 1],
		]);
		const lines = failureLines(failed, (f) => f.path);
		expect(lines.length).toBeLessThan(40);
		expect(lines[0]).toBe('could not reach <host>: 1000 (a.example.com 700, b.example.org 300)');
		expect(lines[21]).toBe('  - and 980 more');
	});

	it('names five hosts and counts the rest', () => {
		const failed = Array.from({ length: 8 }, (_, i) => page(i, `h${i}.example.com`, `no answer from h${i}.example.com in time`));
		expect(failureLines(failed, (f) => f.path)[0]).toBe(
			'no answer from <host> in time: 8 (h0.example.com 1, h1.example.com 1, h2.example.com 1, h3.example.com 1, h4.example.com 1, and 3 more hosts (3))',
		);
	});
});
