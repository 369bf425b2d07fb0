import { describe, expect, test } from 'vitest';
import { assessmentDataOf, assessmentRolesOf, descriptorsOf } from '../../src/lib/assessment/data';
import {
	addPlanItem,
	annotate,
	createAssessment,
	parseEvidence,
	rate,
	removePlanItem,
	updatePlanItem
} from '../../src/lib/assessment/edit';
import {
	capabilitiesFor,
	domainProfile,
	gapsByDomain,
	nextLevelId,
	rolesAt
} from '../../src/lib/assessment/scoring';
import { accendFramework } from '../fixtures/accend';
import { miniFramework } from '../fixtures/mini';

const data = assessmentDataOf(miniFramework());
const descriptors = descriptorsOf(miniFramework());
const NOW = new Date('2026-11-30T10:00:00Z');
const fresh = () =>
	createAssessment(data, { professionGroup: 'nursing', currentLevel: 'entry' }, 'a1', NOW);

describe('set-up', () => {
	test('the target defaults to the next level', () => {
		const a = fresh();
		expect(a.targetLevel).toBe('middle');
		expect(a.frameworkVersion).toBe('0.0.1-test');
		expect(a.name).toMatch(/^Entry to Middle, /);
	});
	test.each([
		['entry', 'middle'],
		['middle', 'top'],
		['top', 'top']
	])('nextLevelId(%s) is %s', (level, next) => {
		expect(nextLevelId(data, level)).toBe(next);
	});
	test('lists the capabilities that apply at the target level', () => {
		expect(capabilitiesFor(data, 'entry').map((c) => c.id)).toEqual(['comfort']);
		expect(capabilitiesFor(data, 'middle').map((c) => c.id)).toEqual(['comfort', 'appraise']);
	});
});

describe('profile and gaps', () => {
	test.each([
		// [comfort, appraise] ratings → [care mean, evidence mean], gap ids in order
		[[undefined, undefined], [null, null], []],
		[[3, 2], [3, 2], []],
		[
			[1, 0],
			[1, 0],
			['appraise', 'comfort']
		],
		[[0, undefined], [0, null], ['comfort']],
		[[2, 1], [2, 1], ['appraise']]
	] as [(number | undefined)[], (number | null)[], string[]][])(
		'ratings %j',
		([comfort, appraise], means, gapIds) => {
			let a = fresh();
			if (comfort !== undefined) a = rate(descriptors, a, 'comfort', comfort, NOW);
			if (appraise !== undefined) a = rate(descriptors, a, 'appraise', appraise, NOW);
			expect(domainProfile(data, a).map((p) => p.mean)).toEqual(means);
			expect(gapsByDomain(data, a).flatMap((d) => d.gaps.map((g) => g.capability.id))).toEqual(
				gapIds
			);
		}
	);

	test('the domain with the larger shortfall comes first, with its learning offers', () => {
		let a = fresh();
		a = rate(descriptors, a, 'comfort', 1, NOW);
		a = rate(descriptors, a, 'appraise', 0, NOW);
		const gaps = gapsByDomain(data, a);
		expect(gaps.map((g) => [g.domain.id, g.shortfall])).toEqual([
			['evidence', 2],
			['care', 1]
		]);
		// The course serves comfort at the entry level only, so it is offered as the fallback.
		expect(gaps[1]?.gaps[0]?.offers.map((o) => o.id)).toEqual(['course']);
	});

	test.each([
		// [offer's profession groups, person's group] → offered?
		[[], 'support', true],
		[['nursing'], 'nursing', true],
		[['nursing'], 'support', false],
		[['support', 'nursing'], 'support', true]
	] as [string[], string, boolean][])(
		'an offer open to %j is offered to %s: %s',
		(groups, professionGroup, offered) => {
			const only = {
				...data,
				offers: data.offers.map((o) => ({ ...o, professionGroups: groups }))
			};
			let a = createAssessment(only, { professionGroup, currentLevel: 'entry' }, 'a2', NOW);
			a = rate(descriptors, a, 'comfort', 0, NOW);
			const offers = gapsByDomain(only, a).flatMap((d) => d.gaps.flatMap((g) => g.offers));
			expect(offers.map((o) => o.id)).toEqual(offered ? ['course'] : []);
		}
	);

	test.each([
		['middle', 'nursing', ['nurse']],
		['top', 'nursing', ['lead-nurse']],
		['middle', 'support', []]
	])('roles at %s for %s', (level, group, ids) => {
		expect(rolesAt(assessmentRolesOf(miniFramework()), level, group).map((r) => r.id)).toEqual(ids);
	});

	test('progress counts rated capabilities per domain', () => {
		const a = rate(descriptors, fresh(), 'comfort', 2, NOW);
		expect(domainProfile(data, a).map((p) => [p.domain.id, p.rated, p.total])).toEqual([
			['care', 1, 1],
			['evidence', 0, 1]
		]);
	});
});

describe('editing', () => {
	test('rating remembers the target descriptor, and keeps notes when re-rated', () => {
		let a = rate(descriptors, fresh(), 'comfort', 1, NOW);
		expect(a.ratings.comfort?.seenText).toBe('Gives comfort alone and plans it.');
		a = annotate(a, 'comfort', { note: 'ask my mentor', evidence: ['https://example.org/a'] }, NOW);
		a = rate(descriptors, a, 'comfort', 2, NOW);
		expect(a.ratings.comfort).toMatchObject({
			value: 2,
			note: 'ask my mentor',
			evidence: ['https://example.org/a']
		});
	});
	test('annotating an unrated capability changes nothing', () => {
		const a = fresh();
		expect(annotate(a, 'comfort', { note: 'x' })).toBe(a);
	});
	test('plan items are added, changed and removed', () => {
		let a = addPlanItem(fresh(), 'appraise', 'p1', NOW);
		a = updatePlanItem(a, 'p1', { action: 'Journal club', due: '2027-03-01' }, NOW);
		expect(a.plan).toEqual([
			{ id: 'p1', capability: 'appraise', action: 'Journal club', due: '2027-03-01', evidence: '' }
		]);
		expect(removePlanItem(a, 'p1', NOW).plan).toEqual([]);
	});
	test.each([
		['', []],
		['a, b', ['a', 'b']],
		['https://x.org/1\n\n https://x.org/2 ', ['https://x.org/1', 'https://x.org/2']]
	])('parseEvidence(%j)', (text, expected) => {
		expect(parseEvidence(text)).toEqual(expected);
	});
});

describe('learning for gaps on ACCEND leaves out what is for earlier levels', () => {
	const fw = accendFramework();
	const accend = assessmentDataOf(fw);
	const accendText = descriptorsOf(fw);
	const levelsOf = new Map(fw.learningOffers.map((o) => [o.id, o.levels]));
	const order = new Map(fw.levels.map((l) => [l.id, l.order]));
	/** Every capability at the target rated "Not yet" (0), as the walker did. */
	const allNotYet = (professionGroup: string, currentLevel: string, targetLevel: string) => {
		let a = createAssessment(accend, { professionGroup, currentLevel, targetLevel }, 'w', NOW);
		for (const c of capabilitiesFor(accend, targetLevel)) a = rate(accendText, a, c.id, 0, NOW);
		return gapsByDomain(accend, a).flatMap((d) => d.gaps.flatMap((g) => g.offers.map((o) => o.id)));
	};

	test.each([
		['therapeutic-radiography', 'registration', 'enhanced'],
		['nursing', 'registration', 'enhanced']
	])('a %s person at %s going to %s', (group, current, target) => {
		const offered = new Set(allNotYet(group, current, target));
		expect(offered.size).toBeGreaterThan(0);
		for (const id of [
			'therapeutic-radiographer-apprenticeship',
			'aspirant-cancer-professional-student-programme',
			'principles-of-cancer-care-programme',
			'supportive-assistive-toolkit'
		])
			expect(offered).not.toContain(id);
		const highest = (id: string) => Math.max(...(levelsOf.get(id) ?? []).map((l) => order.get(l)!));
		for (const id of offered) expect(highest(id)).toBeGreaterThanOrEqual(order.get(current)!);
	});

	test('a Supportive person going to Assistive still gets Supportive-level learning', () => {
		const offered = allNotYet('support', 'supportive', 'assistive');
		expect(offered).toContain('principles-of-cancer-care-programme');
	});
});
