/**
 * Reading an assessment: which capabilities it covers, the profile per domain,
 * the gaps to the target level (most important first) and the learning that
 * serves them. Pure functions over plain data.
 */
import { filterOffers, levelsFrom } from '../framework/learning';
import type { AssessmentData, AssessmentRole } from './data';
import { TARGET_RATING, type Assessment } from './model';

type Capability = AssessmentData['capabilities'][number];

/** Capabilities that apply at the target level, in domain order. */
export function capabilitiesFor(data: AssessmentData, targetLevel: string): Capability[] {
	const order = new Map(data.domains.map((d) => [d.id, d.number]));
	return data.capabilities
		.filter((c) => c.levels.includes(targetLevel))
		.sort((a, b) => (order.get(a.domain) ?? 0) - (order.get(b.domain) ?? 0));
}

export interface DomainProfile {
	domain: AssessmentData['domains'][number];
	total: number;
	rated: number;
	/** Mean rating of the rated capabilities; null when none is rated yet. */
	mean: number | null;
	target: number;
	/** Capabilities rated below the target rating. */
	below: number;
}

/** Progress and mean rating per domain, against the target rating. */
export function domainProfile(data: AssessmentData, assessment: Assessment): DomainProfile[] {
	const caps = capabilitiesFor(data, assessment.targetLevel);
	return data.domains
		.map((domain) => {
			const mine = caps.filter((c) => c.domain === domain.id);
			const values = mine
				.map((c) => assessment.ratings[c.id]?.value)
				.filter((v): v is number => v !== undefined);
			return {
				domain,
				total: mine.length,
				rated: values.length,
				mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
				target: TARGET_RATING,
				below: values.filter((v) => v < TARGET_RATING).length
			};
		})
		.filter((p) => p.total > 0);
}

export interface Gap {
	capability: Capability;
	rating: number;
	/** How far below the target rating: 1 or 2. */
	shortfall: number;
	offers: AssessmentData['offers'];
}

export interface DomainGaps {
	domain: AssessmentData['domains'][number];
	gaps: Gap[];
	/** Sum of shortfalls: the domain's weight in the plan. */
	shortfall: number;
}

/**
 * Capabilities rated below the target, by domain: the domain with the largest total
 * shortfall first, and within it the lowest ratings first. Each gap lists the
 * learning offers open to the person's profession group that serve it at the target level
 * (or at any level from their current one up, if none does).
 */
export function gapsByDomain(data: AssessmentData, assessment: Assessment): DomainGaps[] {
	const caps = capabilitiesFor(data, assessment.targetLevel);
	const result: DomainGaps[] = [];
	for (const domain of data.domains) {
		const gaps: Gap[] = [];
		for (const c of caps.filter((x) => x.domain === domain.id)) {
			const rating = assessment.ratings[c.id]?.value;
			if (rating === undefined || rating >= TARGET_RATING) continue;
			// The learning page's filter, without offers only for levels below the person's own.
			const serving = filterOffers(data.offers, {
				profession: assessment.professionGroup,
				capability: c.id,
				notBelow: levelsFrom(data.levels, assessment.currentLevel)
			});
			const atTarget = serving.filter((o) => o.levels.includes(assessment.targetLevel));
			gaps.push({
				capability: c,
				rating,
				shortfall: TARGET_RATING - rating,
				offers: atTarget.length ? atTarget : serving
			});
		}
		if (gaps.length === 0) continue;
		gaps.sort(
			(a, b) =>
				a.rating - b.rating ||
				a.capability.code.localeCompare(b.capability.code, 'en', { numeric: true })
		);
		result.push({ domain, gaps, shortfall: gaps.reduce((sum, g) => sum + g.shortfall, 0) });
	}
	return result.sort((a, b) => b.shortfall - a.shortfall || a.domain.number - b.domain.number);
}

/** The level after `levelId`, which is the default target. */
export function nextLevelId(data: AssessmentData, levelId: string): string {
	const i = data.levels.findIndex((l) => l.id === levelId);
	return data.levels[Math.min(i + 1, data.levels.length - 1)]?.id ?? levelId;
}

/** Roles at a level in a profession group: the jobs a person is assessing themselves towards. */
export function rolesAt(
	roles: readonly AssessmentRole[],
	level: string,
	professionGroup: string
): AssessmentRole[] {
	return roles.filter((r) => r.level === level && r.professionGroup === professionGroup);
}
