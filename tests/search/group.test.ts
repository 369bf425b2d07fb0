import { expect, test } from 'vitest';
import { groupResults } from '../../src/lib/search/group';
import type { SearchRecord } from '../../src/lib/search/records';
import type { SearchResult } from '../../src/lib/search/search';

const result = (kind: SearchRecord['kind'], id: string, score: number) =>
	({ record: { kind, key: `${kind}:${id}` }, score }) as unknown as SearchResult;

test('results are grouped by kind, the group with the best match first, rank kept within', () => {
	const groups = groupResults([
		result('capability', 'a', 0.3),
		result('role', 'nurse', 0.1),
		result('capability', 'b', 0.2),
		result('role', 'helper', 0.4)
	]);
	expect(groups.map((g) => g.label)).toEqual(['Roles', 'Capabilities']);
	expect(groups[0]!.items.map((r) => r.record.key)).toEqual(['role:nurse', 'role:helper']);
	expect(groups[1]!.items.map((r) => r.record.key)).toEqual(['capability:a', 'capability:b']);
});

test('kinds with no results have no group, and no results give no groups', () => {
	expect(groupResults([result('offer', 'x', 0.5)]).map((g) => g.kind)).toEqual(['offer']);
	expect(groupResults([])).toEqual([]);
});
