/**
 * Carrying a saved assessment to a new framework version, and telling the person
 * what changed: capabilities added at their target level, ratings of
 * capabilities that no longer exist, and descriptors reworded since they rated.
 * Nothing the person wrote is dropped: ratings, notes, evidence and plan items
 * of capabilities that no longer exist are kept, shown "from an earlier version".
 * The version and the capabilities are known from the page data; rewording needs
 * the descriptor text, which is fetched later, so it is found apart (`rewordedOf`).
 */
import type { AssessmentData, Descriptors } from './data';
import type { Assessment, PlanItem, Rating } from './model';
import { capabilitiesFor } from './scoring';

export interface MigrationReport {
	from: string;
	to: string;
	added: string[];
	removed: string[];
	reworded: string[];
}

/**
 * The assessment on the data's framework version, and what changed; null report when nothing did.
 * Rewording is found with the text (`rewordedOf`); without it the report says none.
 */
export function migrateAssessment(
	data: AssessmentData,
	a: Assessment,
	descriptors: Descriptors | null = null
): { assessment: Assessment; report: MigrationReport | null } {
	const removed = earlierOf(data, a).map((x) => x.capability);
	const reworded = descriptors ? rewordedOf(descriptors, a) : [];
	const versionChanged = a.frameworkVersion !== data.frameworkVersion;
	const added = versionChanged
		? capabilitiesFor(data, a.targetLevel)
				.map((c) => c.id)
				.filter((id) => !(id in a.ratings))
		: [];
	if (!versionChanged && removed.length === 0 && reworded.length === 0)
		return { assessment: a, report: null };
	return {
		assessment: { ...a, frameworkVersion: data.frameworkVersion },
		report: { from: a.frameworkVersion, to: data.frameworkVersion, added, removed, reworded }
	};
}

/** Capabilities rated against words their target descriptor no longer has ('' seen: not known). */
export function rewordedOf(descriptors: Descriptors, a: Assessment): string[] {
	return Object.entries(a.ratings)
		.filter(([id, r]) => {
			const now = descriptors[id]?.[a.targetLevel];
			return r.seenText !== '' && now !== undefined && now !== r.seenText;
		})
		.map(([id]) => id);
}

/** Work kept for a capability this version of the framework no longer has. */
export interface EarlierWork {
	capability: string;
	rating: Rating | null;
	plan: PlanItem[];
}

/** Ratings, notes and plan items of capabilities the framework no longer has, in saved order. */
export function earlierOf(data: AssessmentData, a: Assessment): EarlierWork[] {
	const known = new Set(data.capabilities.map((c) => c.id));
	const ids = [...Object.keys(a.ratings), ...a.plan.map((p) => p.capability)].filter(
		(id, i, all) => !known.has(id) && all.indexOf(id) === i
	);
	return ids.map((capability) => ({
		capability,
		rating: a.ratings[capability] ?? null,
		plan: a.plan.filter((p) => p.capability === capability)
	}));
}
