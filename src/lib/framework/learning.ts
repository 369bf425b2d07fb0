/**
 * Questions about learning offers: which serve a route, a capability or a person, and which
 * pass the learning page's filters. Pure functions over plain data.
 */
import type { Framework, LearningOffer, Route } from './schema';

/** A learning offer as pages show it: enough to choose it and to follow it out. */
export interface OfferView {
	id: string;
	title: string;
	provider: string;
	format: string;
	summary: string;
	url: string | null;
	category: boolean;
	status: LearningOffer['status'];
	sources: string[];
	evidence?: string;
}

/** The fields of an offer a page needs. */
export function offerView(o: LearningOffer): OfferView {
	const { id, title, provider, format, summary, url, category, status, sources, evidence } = o;
	return { id, title, provider, format, summary, url, category, status, sources, evidence };
}

/** Why an offer has no link, in plain words: the page says this instead of linking out. */
export function noLinkReason(offer: Pick<OfferView, 'category'>): string {
	return offer.category
		? 'A kind of learning, not one course: ask your education lead or a local university what they run.'
		: 'No public page is known: ask your education lead or the provider how to join.';
}

/** Is this offer open to people of this profession group? An empty list means open to all. */
export function openTo(
	o: Pick<LearningOffer, 'professionGroups'>,
	professionGroup: string | undefined
): boolean {
	return (
		!professionGroup ||
		o.professionGroups.length === 0 ||
		o.professionGroups.includes(professionGroup)
	);
}

/** Where a route's offers come from: named on the route, or matched by its destination's level. */
export type OfferSource = 'route' | 'level';

/**
 * The offers that serve a route: those the route names or, where it names none, those for the
 * level it leads to that are open to the profession of the role it leads to.
 */
export function offersForRoute(
	fw: Framework,
	route: Route
): { source: OfferSource; offers: LearningOffer[] } {
	const named = route.offers
		.map((id) => fw.learningOffers.find((o) => o.id === id))
		.filter((o): o is LearningOffer => o !== undefined);
	if (named.length) return { source: 'route', offers: named };
	const role = route.to.type === 'role' ? fw.roles.find((r) => r.id === route.to.id) : undefined;
	const level = route.to.type === 'level' ? route.to.id : role?.level;
	return {
		source: 'level',
		offers: fw.learningOffers.filter(
			(o) => level !== undefined && o.levels.includes(level) && openTo(o, role?.professionGroup)
		)
	};
}

/** Offers that serve a capability. */
export function offersForCapability(fw: Framework, capabilityId: string): LearningOffer[] {
	return fw.learningOffers.filter((o) => o.capabilities.includes(capabilityId));
}

/** The learning page's filters; a missing one lets everything through. */
export interface OfferFilter {
	profession?: string;
	level?: string;
	capability?: string;
	/**
	 * The person's own level and every level above it (see levelsFrom): an offer that serves none
	 * of them is for people earlier on, such as the way into the job they already hold.
	 */
	notBelow?: readonly string[];
}

/** Offers that pass every filter that is set. */
export function filterOffers<
	T extends Pick<LearningOffer, 'levels' | 'capabilities' | 'professionGroups'>
>(offers: readonly T[], f: OfferFilter): T[] {
	return offers.filter(
		(o) =>
			openTo(o, f.profession) &&
			(!f.level || o.levels.includes(f.level)) &&
			(!f.capability || o.capabilities.includes(f.capability)) &&
			(!f.notBelow || o.levels.some((l) => f.notBelow?.includes(l)))
	);
}

/**
 * The ids of `current` and every level after it, from levels listed lowest first; all of them when
 * `current` is unknown, so a missing level never hides learning.
 * e.g. levelsFrom([{id:'a'},{id:'b'},{id:'c'}], 'b') → ['b', 'c']
 */
export function levelsFrom(
	levels: readonly { id: string }[],
	current: string | undefined
): string[] {
	const i = levels.findIndex((l) => l.id === current);
	return levels.slice(Math.max(i, 0)).map((l) => l.id);
}

/** The ids each filter may take. */
export interface FilterChoices {
	professions: readonly { id: string }[];
	levels: readonly { id: string }[];
	capabilities: readonly { id: string }[];
}

/** The learning page's filters read from a URL query, ignoring ids that do not exist. */
export function readOfferFilter(choices: FilterChoices, params: URLSearchParams): OfferFilter {
	const pick = (name: string, ids: readonly { id: string }[]) => {
		const value = params.get(name) ?? '';
		return ids.some((x) => x.id === value) ? value : undefined;
	};
	return {
		profession: pick('profession', choices.professions),
		level: pick('level', choices.levels),
		capability: pick('capability', choices.capabilities)
	};
}
