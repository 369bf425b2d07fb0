/**
 * The lookups every page asks of its data, written once: a level's name, a profession group's
 * name and a capability by id. Each takes the list from whatever slice a page holds (the whole
 * framework at build time, or the small slice a page ships to the browser), so a server load and
 * a component ask the same question the same way. Pure, and free of zod, so browser code may use it.
 */

/** Anything with an id and a name: a level, a profession group, a pillar. */
export interface Named {
	id: string;
	name: string;
}

/**
 * The name of the record with this id; an unknown id comes back as itself unless a fallback is
 * given, so a page shows something rather than a blank. `nameOf(levels, 'top')` → `'Top'`.
 */
export function nameOf(
	records: readonly Named[],
	id: string | undefined,
	fallback: string = id ?? ''
): string {
	return records.find((r) => r.id === id)?.name ?? fallback;
}

/** A level's name by id: `levelName(fw.levels, 'enhanced')` → `'Enhanced'`. */
export function levelName(levels: readonly Named[], id: string | undefined, fallback?: string) {
	return nameOf(levels, id, fallback);
}

/** A profession group's name by id: `groupName(fw.meta.professionGroups, 'nursing')` → `'Nursing'`. */
export function groupName(groups: readonly Named[], id: string | undefined, fallback?: string) {
	return nameOf(groups, id, fallback);
}

/** The capability with this id, or undefined when the data no longer has it. */
export function capabilityById<T extends { id: string }>(
	capabilities: readonly T[],
	id: string
): T | undefined {
	return capabilities.find((c) => c.id === id);
}
