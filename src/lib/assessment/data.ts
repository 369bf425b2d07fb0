/** What the self-assessment needs from a framework, small enough to ship to the browser. */
import type { Framework } from '../framework/schema';

export interface AssessmentData {
	/** Which framework (not which version of it): saved files from another framework are refused. */
	frameworkId: string;
	frameworkVersion: string;
	levels: { id: string; name: string }[];
	groups: { id: string; name: string }[];
	domains: { id: string; number: number; title: string; shortTitle: string; colour: string }[];
	capabilities: {
		id: string;
		code: string;
		title: string;
		domain: string;
		/** Descriptor text by level id; null where the capability does not apply. */
		descriptors: Record<string, string | null>;
	}[];
	offers: {
		id: string;
		title: string;
		provider: string;
		levels: string[];
		capabilities: string[];
		/** Profession groups it is open to; empty means open to every group. */
		professionGroups: string[];
	}[];
}

/** A role as the self-assessment names it: a job at the target level in the person's profession. */
export interface AssessmentRole {
	id: string;
	title: string;
	level: string;
	professionGroup: string;
}

/** The slice of a framework the self-assessment ships to the browser. */
export function assessmentDataOf(fw: Framework): AssessmentData {
	return {
		frameworkId: fw.meta.id,
		frameworkVersion: fw.meta.version,
		levels: fw.levels.map((l) => ({ id: l.id, name: l.name })),
		groups: fw.meta.professionGroups.map((g) => ({ id: g.id, name: g.name })),
		domains: fw.domains.map(({ id, number, title, shortTitle, colour }) => ({
			id,
			number,
			title,
			shortTitle,
			colour
		})),
		capabilities: fw.capabilities.map((c) => ({
			id: c.id,
			code: c.code,
			title: c.title,
			domain: c.domain,
			descriptors: Object.fromEntries(
				fw.levels.map((l) => {
					const d = c.descriptors[l.id];
					return [l.id, d?.applies ? d.text : null];
				})
			)
		})),
		offers: fw.learningOffers.map((o) => ({
			id: o.id,
			title: o.title,
			provider: o.provider,
			levels: o.levels,
			capabilities: o.capabilities,
			professionGroups: o.professionGroups
		}))
	};
}

/** The roles the self-assessment names, kept apart from AssessmentData (which curriculum mapping shares). */
export function assessmentRolesOf(fw: Framework): AssessmentRole[] {
	return fw.roles.map(({ id, title, level, professionGroup }) => ({
		id,
		title,
		level,
		professionGroup
	}));
}
