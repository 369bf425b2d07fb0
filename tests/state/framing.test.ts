import { expect, test } from 'vitest';
import { framedByOtherSite } from '../../src/lib/state/framing';

/** A window as far as the check looks: itself, its top, and their origins. */
const win = (top: 'self' | 'same' | 'other' | 'hidden') => {
	const self = { location: { origin: 'https://explorer.example' } } as Record<string, unknown>;
	self.self = self;
	if (top === 'self') self.top = self;
	else if (top === 'same') self.top = { location: { origin: 'https://explorer.example' } };
	else if (top === 'other') self.top = { location: { origin: 'https://evil.example' } };
	else
		self.top = {
			get location(): never {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		};
	return self as unknown as Window;
};

test.each([
	['not framed', 'self', false],
	['framed by this site', 'same', false],
	['framed by another site', 'other', true],
	['framed where the top cannot be read', 'hidden', true]
] as const)('%s: %s', (_, top, expected) => {
	expect(framedByOtherSite(win(top))).toBe(expected);
});
