/**
 * "What's new at this level": each domain's short points on what a person at a level does
 * that the level below does not, gathered for one level or for every step between two.
 */
import type { Framework, Status } from './schema';

/** One domain's points at one level, ready to render. */
export interface DomainChange {
	domain: { id: string; title: string; colour: string };
	points: string[];
	status: Status;
}

/** The points of every domain that has them at this level, in domain order. */
export function levelChangesAt(fw: Framework, levelId: string): DomainChange[] {
	return fw.domains.flatMap((d) => {
		const change = d.levelChanges.find((c) => c.level === levelId);
		if (!change) return [];
		return [
			{
				domain: { id: d.id, title: d.title, colour: d.colour },
				points: change.points,
				status: change.status
			}
		];
	});
}

/** Each level above `fromLevel`, up to and including `toLevel`, with what is new at it. */
export function levelChangesBetween(
	fw: Framework,
	fromLevel: string,
	toLevel: string
): { level: { id: string; name: string }; changes: DomainChange[] }[] {
	const order = (id: string) => fw.levels.find((l) => l.id === id)?.order ?? 0;
	const [low, high] = [order(fromLevel), order(toLevel)];
	return fw.levels
		.filter((l) => l.order > low && l.order <= high)
		.map((l) => ({ level: { id: l.id, name: l.name }, changes: levelChangesAt(fw, l.id) }));
}
