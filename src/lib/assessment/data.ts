/**
 * What the self-assessment needs from a framework, in two parts: the page data, small enough to
 * ship with the page (ids, names, which levels each capability applies at), and the descriptor
 * text and roles, fetched only when an assessment opens, since a person who has not opened one
 * reads neither.
 */
import type { Framework } from '../framework/schema';

/** Which framework and version a piece of data was built from: the page and its text must agree. */
export interface FrameworkStamp {
	/** Which framework (not which version of it): saved files from another framework are refused. */
	frameworkId: string;
	frameworkVersion: string;
}

export interface AssessmentData extends FrameworkStamp {
	levels: { id: string; name: string }[];
	groups: { id: string; name: string }[];
	domains: { id: string; number: number; title: string; shortTitle: string; colour: string }[];
	capabilities: {
		id: string;
		code: string;
		title: string;
		domain: string;
		/** The ids of the levels the capability applies at, in level order. */
		levels: string[];
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
			levels: fw.levels.filter((l) => c.descriptors[l.id]?.applies).map((l) => l.id)
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

/** Descriptor text by capability id, then level id; only the levels a capability applies at. */
export type Descriptors = Record<string, Record<string, string>>;

/** The descriptor text, stamped with the framework it was built from. */
export interface AssessmentText extends FrameworkStamp {
	descriptors: Descriptors;
}

/** What an open assessment draws that the start does not: fetched when one opens (`open-assessment.json`). */
export interface OpenAssessmentData extends AssessmentText {
	/** The roles named as the aim at the target level. */
	roles: AssessmentRole[];
}

/** Every capability's descriptor text where it applies. */
export function descriptorsOf(fw: Framework): Descriptors {
	return Object.fromEntries(
		fw.capabilities.map((c) => [
			c.id,
			Object.fromEntries(
				fw.levels.flatMap((l) => {
					const d = c.descriptors[l.id];
					return d?.applies ? [[l.id, d.text]] : [];
				})
			)
		])
	);
}

/** The descriptor text, stamped. */
export function assessmentTextOf(fw: Framework): AssessmentText {
	return {
		frameworkId: fw.meta.id,
		frameworkVersion: fw.meta.version,
		descriptors: descriptorsOf(fw)
	};
}

/** What the self-assessment fetches when an assessment opens: the descriptors and the roles. */
export function openAssessmentDataOf(fw: Framework): OpenAssessmentData {
	return { ...assessmentTextOf(fw), roles: assessmentRolesOf(fw) };
}

/** A capability's descriptor at a level: `descriptorOf(d, 'comfort', 'middle')`; '' where it has none. */
export function descriptorOf(descriptors: Descriptors, capability: string, level: string): string {
	return descriptors[capability]?.[level] ?? '';
}
