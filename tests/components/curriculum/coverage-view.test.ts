import { describe, expect, test } from 'vitest';
import { cellKey, cellOfKey } from '../../../src/lib/components/curriculum/coverage-view';

describe('coverage cell keys', () => {
	test('a key names its domain and level, and reads back to them', () => {
		const key = cellKey('person-centred-care', 'enhanced');
		expect(key).not.toBe(cellKey('person-centred-care', 'advanced'));
		expect(cellOfKey(key)).toEqual({ domain: 'person-centred-care', level: 'enhanced' });
	});

	test('a key without a level reads as an empty level, never a crash', () => {
		expect(cellOfKey('person-centred-care')).toEqual({ domain: 'person-centred-care', level: '' });
	});
});
