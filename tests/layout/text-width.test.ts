import { expect, test } from 'vitest';
import { textWidth } from '../../src/lib/layout/text-width';

// Arial's advance widths at 1000 px, so each expected value is the font's own figure.
test.each([
	['', 0],
	[' ', 278],
	['i', 222],
	['W', 944],
	['Nurse', 722 + 556 + 333 + 500 + 556],
	['(A&E)', 333 + 667 + 667 + 667 + 333],
	['é', 722]
])('textWidth(%j) at 1000 px is %i', (text, width) => {
	expect(textWidth(text, 1000)).toBeCloseTo(width, 6);
});

test('scales with the font size, and bold runs wider', () => {
	expect(textWidth('Nurse', 14)).toBeCloseTo((2667 * 14) / 1000, 6);
	expect(textWidth('Nurse', 14, true)).toBeGreaterThan(textWidth('Nurse', 14));
});
