import { describe, expect, test } from 'vitest';
import {
	filterOffers,
	levelsFrom,
	noLinkReason,
	offersForCapability,
	offersForRoute,
	openTo,
	readOfferFilter
} from '../../src/lib/framework/learning';
import type { Framework, LearningOffer, Route } from '../../src/lib/framework/schema';
import { accendFramework } from '../fixtures/accend';

const offer = (id: string, over: Partial<LearningOffer>): LearningOffer => ({
	id,
	title: id,
	provider: 'P',
	format: 'Online',
	summary: 'S',
	levels: ['registration'],
	capabilities: [],
	url: null,
	professionGroups: [],
	category: false,
	status: 'working',
	sources: [],
	...over
});
const OFFERS = [
	offer('open', { levels: ['registration', 'enhanced'], capabilities: ['sact-care'] }),
	offer('radio', { professionGroups: ['therapeutic-radiography'], levels: ['enhanced'] }),
	offer('nurse', { professionGroups: ['nursing'], capabilities: ['sact-care'] })
];

describe('filters', () => {
	test.each([
		[{}, ['open', 'radio', 'nurse']],
		[{ profession: 'therapeutic-radiography' }, ['open', 'radio']],
		[{ profession: 'nursing', level: 'enhanced' }, ['open']],
		[{ capability: 'sact-care' }, ['open', 'nurse']],
		[{ profession: 'pharmacy', capability: 'sact-care' }, ['open']],
		[{ level: 'consultant' }, []],
		// From Enhanced up: 'nurse' serves Registration only, the level below.
		[{ notBelow: ['enhanced', 'advanced'] }, ['open', 'radio']],
		[{ notBelow: ['advanced'] }, []]
	])('%j', (filter, expected) => {
		expect(filterOffers(OFFERS, filter).map((o) => o.id)).toEqual(expected);
	});

	test.each([
		['registration', ['registration', 'enhanced', 'advanced']],
		['advanced', ['advanced']],
		// An unknown level hides nothing rather than everything.
		[undefined, ['assistive', 'registration', 'enhanced', 'advanced']],
		['nowhere', ['assistive', 'registration', 'enhanced', 'advanced']]
	])('levelsFrom(%s)', (current, expected) => {
		const levels = ['assistive', 'registration', 'enhanced', 'advanced'].map((id) => ({ id }));
		expect(levelsFrom(levels, current)).toEqual(expected);
	});

	test('open to a profession: empty means everyone', () => {
		expect(openTo(OFFERS[0]!, 'psychology')).toBe(true);
		expect(openTo(OFFERS[1]!, 'nursing')).toBe(false);
		expect(openTo(OFFERS[1]!, undefined)).toBe(true);
	});
});

describe('on ACCEND', () => {
	const fw = accendFramework();

	test('the URL query is read, and unknown ids are dropped rather than trusted', () => {
		const q = new URLSearchParams('profession=nursing&level=nowhere&capability=sact-care');
		const choices = {
			professions: fw.meta.professionGroups,
			levels: fw.levels,
			capabilities: fw.capabilities
		};
		expect(readOfferFilter(choices, q)).toEqual({
			profession: 'nursing',
			level: undefined,
			capability: 'sact-care'
		});
	});

	test('a route that names offers gets exactly those', () => {
		const route = fw.routes.find((r) => r.id === 'rn-to-cns') as Route;
		const first = fw.learningOffers[0]!.id;
		const named = offersForRoute(fw, { ...route, offers: [first] });
		expect(named.source).toBe('route');
		expect(named.offers.map((o) => o.id)).toEqual([first]);
	});

	test("a route that names none gets its destination level's offers open to that profession", () => {
		const route = fw.routes.find((r) => r.id === 'tr-to-specialist-tr') as Route;
		const onlyNurses = fw.learningOffers.map((o, i) =>
			i === 0 ? { ...o, levels: ['enhanced'], professionGroups: ['nursing'] } : o
		);
		const { source, offers } = offersForRoute({ ...fw, learningOffers: onlyNurses } as Framework, {
			...route,
			offers: []
		});
		expect(source).toBe('level');
		expect(offers.length).toBeGreaterThan(0);
		expect(offers.every((o) => o.levels.includes('enhanced'))).toBe(true);
		expect(offers.map((o) => o.id)).not.toContain(onlyNurses[0]!.id);
	});

	test('a capability lists the offers that serve it', () => {
		const ids = offersForCapability(fw, 'acute-oncology').map((o) => o.id);
		expect(ids).toContain('ukons-acute-oncology-passport-3');
		expect(ids).not.toContain('pgcert-image-reporting');
	});
});

describe('an offer with no link says why', () => {
	test.each([
		[false, /No public page is known/],
		[true, /A kind of learning, not one course/]
	])('category %s', (category, expected) => {
		expect(noLinkReason({ category })).toMatch(expected);
	});
});
