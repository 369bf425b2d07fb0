import { expect, test } from 'vitest';
import { formatPath, formatProblem } from '../../src/lib/framework/problem';

test.each([
	[[], ''],
	[['levels'], 'levels'],
	[['capabilities', 3, 'descriptors', 'enhanced'], 'capabilities[3].descriptors.enhanced'],
	[['routes', 0, 'from', 'id'], 'routes[0].from.id']
])('formatPath(%j) is "%s"', (path, expected) => {
	expect(formatPath(path)).toBe(expected);
});

test('formatProblem puts the file first and leaves out an empty path', () => {
	expect(formatProblem({ file: 'roles.json', path: [], message: 'is missing' })).toBe(
		'roles.json: is missing'
	);
	expect(formatProblem({ file: 'roles.json', path: ['roles', 2, 'level'], message: 'bad' })).toBe(
		'roles.json at roles[2].level: bad'
	);
});
