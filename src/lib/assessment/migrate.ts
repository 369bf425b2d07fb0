/**
 * Carrying a saved assessment to a new framework version, and telling the person
 * what changed: capabilities added at their target level, ratings of
 * capabilities that no longer exist, and descriptors reworded since they rated.
 */
import type { AssessmentData } from './data';
import type { Assessment } from './model';
import { capabilitiesFor } from './scoring';

export interface MigrationReport {
	from: string;
	to: string;
	added: string[];
	removed: string[];
	reworded: string[];
}

/** The assessment on the data's framework version, and what changed; null report when nothing did. */
export function migrateAssessment(
	data: AssessmentData,
	a: Assessment
): { assessment: Assessment; report: MigrationReport | null } {
	const known = new Set(data.capabilities.map((c) => c.id));
	const removed = Object.keys(a.ratings).filter((id) => !known.has(id));
	const ratings = Object.fromEntries(Object.entries(a.ratings).filter(([id]) => known.has(id)));
	const reworded = Object.entries(ratings)
		.filter(([id, r]) => {
			const now = data.capabilities.find((c) => c.id === id)?.descriptors[a.targetLevel];
			return r.seenText !== '' && now != null && now !== r.seenText;
		})
		.map(([id]) => id);
	const versionChanged = a.frameworkVersion !== data.frameworkVersion;
	const added = versionChanged
		? capabilitiesFor(data, a.targetLevel)
				.map((c) => c.id)
				.filter((id) => !(id in a.ratings))
		: [];
	const plan = a.plan.filter((p) => known.has(p.capability));
	if (!versionChanged && removed.length === 0 && reworded.length === 0)
		return { assessment: a, report: null };
	return {
		assessment: { ...a, ratings, plan, frameworkVersion: data.frameworkVersion },
		report: { from: a.frameworkVersion, to: data.frameworkVersion, added, removed, reworded }
	};
}
