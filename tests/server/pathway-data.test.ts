import { expect, test } from 'vitest';
import type { Framework } from '../../src/lib/framework/schema';
import { pathwayDataOf } from '../../src/lib/server/pathway-data';
import { miniFramework } from '../fixtures/mini';

test('lanes run in family order, support first, whatever order the data lists them in', () => {
	const fw = miniFramework();
	const reversed: Framework = {
		...fw,
		meta: { ...fw.meta, professionGroups: [...fw.meta.professionGroups].reverse() }
	};
	expect(pathwayDataOf(reversed).groups.map((g) => g.id)).toEqual(['support', 'nursing']);
});

test('every role and every role-to-role route is carried, with the route title and time', () => {
	const fw = miniFramework();
	const data = pathwayDataOf(fw);
	expect(data.roles.map((r) => r.id)).toEqual(fw.roles.map((r) => r.id));
	expect(data.routes.length).toBeGreaterThan(0);
	for (const route of data.routes) {
		const source = fw.routes.find((r) => r.id === route.id);
		expect(route.title).toBe(source?.title);
		expect(route.duration).toEqual(source?.duration ?? null);
	}
});
