/**
 * What starts and what changes at each level of practice, computed from the capabilities'
 * descriptors and the domains' "what's new at this level" notes: the overview page's data.
 */
import type { Capability, Domain, Framework, Level, Status } from './schema';

/** Capabilities of one domain that begin (or stop) applying at a level. */
export interface DomainCapabilities {
	domain: Domain;
	capabilities: Capability[];
}

/** One domain's plain-words account of what is new at a level, with its provenance. */
export interface DomainChange {
	domain: Domain;
	points: string[];
	status: Status;
}

export interface LevelOverview {
	level: Level;
	/** The level below, in order; undefined at the first level. */
	previous: Level | undefined;
	/** How many capabilities apply at this level. */
	applies: number;
	/** Capabilities that apply here and not at the level below (all of them at the first level). */
	starts: DomainCapabilities[];
	/** Capabilities that applied at the level below and do not apply here. */
	ends: DomainCapabilities[];
	changes: DomainChange[];
}

const appliesAt = (c: Capability, level: Level | undefined) =>
	level !== undefined && c.descriptors[level.id]?.applies === true;

/** Group capabilities by domain, in the domains' order, leaving out empty domains. */
function byDomain(domains: readonly Domain[], capabilities: Capability[]): DomainCapabilities[] {
	return domains
		.map((domain) => ({ domain, capabilities: capabilities.filter((c) => c.domain === domain.id) }))
		.filter((d) => d.capabilities.length > 0);
}

/**
 * Each level in order with what begins, what ends and what the domains say is new there.
 * Example (mini framework): Middle starts "appraise" in Evidence, and 2 capabilities apply.
 */
export function levelOverviews(fw: Framework): LevelOverview[] {
	const levels = [...fw.levels].sort((a, b) => a.order - b.order);
	return levels.map((level, i) => {
		const previous = levels[i - 1];
		const here = fw.capabilities.filter((c) => appliesAt(c, level));
		return {
			level,
			previous,
			applies: here.length,
			starts: byDomain(
				fw.domains,
				here.filter((c) => !appliesAt(c, previous))
			),
			ends: byDomain(
				fw.domains,
				fw.capabilities.filter((c) => appliesAt(c, previous) && !appliesAt(c, level))
			),
			changes: fw.domains.flatMap((domain) =>
				domain.levelChanges
					.filter((change) => change.level === level.id)
					.map((change) => ({ domain, points: change.points, status: change.status }))
			)
		};
	});
}
