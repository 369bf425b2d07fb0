// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { link } from '../src/lib/links';

// In tests $app/paths has an empty base, so links are plain absolute paths.
test.each([
	['/', '/'],
	['/levels', '/levels/'],
	['/levels/enhanced/', '/levels/enhanced/'],
	['/about/data#working', '/about/data/#working'],
	['/pathway?role=nurse', '/pathway/?role=nurse'],
	['/pathway/?role=nurse#map', '/pathway/?role=nurse#map']
] as const)('link(%s) is %s', (path, expected) => {
	expect(link(path)).toBe(expected);
});
