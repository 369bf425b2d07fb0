import { expect, test } from 'vitest';
import { bandsIn } from '../../src/lib/framework/pay-bands';

test.each([
	['Band 4', ['Band 4']],
	['Band 6–7', ['Band 6', 'Band 7']],
	['Band 2-3', ['Band 2', 'Band 3']],
	['Band 7–8a', ['Band 7', 'Band 8a']],
	['Band 8b–8d', ['Band 8b', 'Band 8c', 'Band 8d']],
	['band 5', ['Band 5']],
	['Band 7–6', []],
	['Band 8e', []],
	['Varies by post', []],
	['', []]
])('bandsIn(%j)', (text, bands) => {
	expect(bandsIn(text)).toEqual(bands);
});
