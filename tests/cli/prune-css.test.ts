import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, test } from 'vitest';
import { pruneRoot, selectorIsUsed, usedNhsukClasses } from '../../src/cli/prune-css';

const used = new Set(['nhsuk-card', 'nhsuk-card__heading', 'nhsuk-button']);

describe('selectorIsUsed', () => {
	test.each([
		['.nhsuk-card', true],
		['.nhsuk-card .nhsuk-card__heading', true],
		['.nhsuk-card--care .nhsuk-card__heading', false],
		['.nhsuk-header__search', false],
		['a:not(.nhsuk-link--no-visited-state):visited', true],
		['.nhsuk-button:is(.nhsuk-button--reverse)', true],
		['p', true],
		['.app-lede', true],
		['.nhsuk-card > .nhsuk-card__content', false]
	])('%s → %s', (selector, expected) => {
		expect(selectorIsUsed(selector, used)).toBe(expected);
	});
});

describe('pruneRoot', () => {
	test('drops unused selectors, empty rules and empty media queries, keeps keyframes', () => {
		const root = postcss.parse(`
			.nhsuk-card, .nhsuk-card--care { color: red }
			.nhsuk-header { color: blue }
			@media (min-width: 40em) { .nhsuk-header__menu { display: none } }
			@media print { .nhsuk-button { display: none } }
			@keyframes spin { from { opacity: 0 } to { opacity: 1 } }
		`);
		pruneRoot(root, used);
		const out = root.toString().replace(/\s+/g, ' ').trim();
		expect(out).toBe(
			'.nhsuk-card { color: red } @media print { .nhsuk-button { display: none } } @keyframes spin { from { opacity: 0 } to { opacity: 1 } }'
		);
	});
});

describe('usedNhsukClasses', () => {
	test('finds classes in markup, class: directives and strings across the source', () => {
		const src = join(import.meta.dirname, '../../src');
		const found = usedNhsukClasses(['lib', 'routes', 'app.html'].map((p) => join(src, p)));
		expect(found.has('nhsuk-header__navigation-item--current')).toBe(true);
		expect(found.has('nhsuk-button--secondary')).toBe(true);
		expect(found.has('nhsuk-card--care')).toBe(false);
		expect(found.has('nhsuk-template')).toBe(true);
	});
});
