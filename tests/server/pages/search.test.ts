import { expect, test } from 'vitest';
import { searchPageOf } from '../../../src/lib/server/pages/search';
import { miniFramework } from '../../fixtures/mini';

test('the search page gets the levels its results can be narrowed to, in order', () => {
	expect(searchPageOf(miniFramework()).levels).toEqual([
		{ id: 'entry', name: 'Entry' },
		{ id: 'middle', name: 'Middle' },
		{ id: 'top', name: 'Top' }
	]);
});
