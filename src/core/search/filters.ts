/** Whether a record passes a query's filters (`status:`, `kind:`, `#topic`, `list:`, `author:`, `year:`). */
import type { QueryFilter } from './query';
import type { SearchRecord } from './record';
import { editDistance, normalize } from './text';

function passesOne(r: SearchRecord, f: QueryFilter): boolean {
	if (f.field === 'status') return f.values.includes(r.status);
	if (f.field === 'kind') return f.values.includes(r.type === 'concept' ? 'concept' : r.kind ?? 'other');
	if (f.field === 'year') return r.year !== undefined && f.values.includes(String(r.year));
	if (f.field === 'author') {
		const names = (r.authors ?? []).map(normalize);
		return f.values.some((v) => names.some((n) => n.split(' ').some((w) => w.startsWith(normalize(v))) || n.includes(normalize(v))));
	}
	const names = (f.field === 'topic' ? r.topics : r.lists).map(normalize);
	return f.values.some((v) => {
		const nv = normalize(v);
		// A misspelt topic still finds it (`#atention`), as free words do.
		const slack = nv.length >= 8 ? 2 : nv.length >= 4 ? 1 : 0;
		return names.some((n) => n === nv || n.startsWith(nv) || n.replace(/ /g, '') === nv.replace(/ /g, '') || (slack > 0 && editDistance(n, nv, slack) <= slack));
	});
}

/** True when the record passes every filter (a negated one by failing it). */
export function passes(r: SearchRecord, filters: QueryFilter[]): boolean {
	for (const f of filters) if (passesOne(r, f) === f.negate) return false;
	return true;
}
