/**
 * UI state of the pathway map: filters, the view, which role is hovered,
 * focused or selected, and the zoom. The layout is derived from the data and
 * the filters only, so hovering or moving the focus never lays the map out again.
 */
import { createRoleGraph, lineageOf, type RoleGraph } from '$lib/framework/graph';
import { nextNode, type MapKey } from '$lib/layout/navigation';
import { layoutPathway, type PathwayLayout } from '$lib/layout/pathway';
import {
	defaultProfession,
	pathwayInput,
	type PathwayData,
	type PathwayFilter
} from '$lib/layout/pathway-input';
import { getContext, setContext } from 'svelte';
import { storageKey } from '$lib/site-name';
import { KeyedFlags } from './pathway-lights.svelte';

export interface ZoomTransform {
	x: number;
	y: number;
	k: number;
}

export const IDENTITY: ZoomTransform = { x: 0, y: 0, k: 1 };

export class PathwayState {
	readonly data: PathwayData;
	readonly graph: RoleGraph;
	filter = $state<PathwayFilter>({ profession: null, levels: [] });
	view = $state<'map' | 'list'>('map');
	#hovered = $state<string | null>(null);
	#focused = $state<string | null>(null);
	#selected = $state<string | null>(null);
	transform = $state<ZoomTransform>(IDENTITY);
	/** The role whose lineage is lit: the one under the pointer, else the focused, else the selected. */
	readonly active = $derived(this.#hovered ?? this.#focused ?? this.#selected);
	/**
	 * Per shape: is it on the lit lineage (role and route ids), is it the focused or the
	 * selected role. Shapes ask these rather than `lineage`, so that a hover re-draws only
	 * the shapes whose light changes (see pathway-lights).
	 */
	readonly litRoles: KeyedFlags;
	readonly litRoutes: KeyedFlags;
	readonly isFocused: KeyedFlags;
	readonly isSelected: KeyedFlags;
	/** Recomputed only when the filter changes. */
	readonly layout: PathwayLayout;
	#lineage = $state.raw<{ roles: Set<string>; edges: Set<string> } | null>(null);
	readonly selectedRole: PathwayData['roles'][number] | null;

	get hovered() {
		return this.#hovered;
	}
	set hovered(id: string | null) {
		this.#hovered = id;
		this.#relight();
	}
	get focused() {
		return this.#focused;
	}
	set focused(id: string | null) {
		this.#focused = id;
		this.isFocused.set(id ? [id] : []);
		this.#relight();
	}
	get selected() {
		return this.#selected;
	}
	set selected(id: string | null) {
		this.#selected = id;
		this.isSelected.set(id ? [id] : []);
		this.#relight();
	}

	/** Light the active role's lineage: written when the light moves, read per shape. */
	#relight() {
		const active = this.#hovered ?? this.#focused ?? this.#selected;
		if (active === this.#lineageOf) return;
		const lineage = active ? lineageOf(this.graph, active) : null;
		this.#lineage = lineage;
		this.#lineageOf = active;
		this.litRoles.set(lineage?.roles ?? []);
		this.litRoutes.set(lineage?.edges ?? []);
	}
	#lineageOf: string | null = null;

	/** The roles and routes lit for the active role, or null when no role is. */
	get lineage() {
		return this.#lineage;
	}

	constructor(data: PathwayData) {
		this.data = data;
		this.filter = { profession: defaultProfession(data), levels: [] };
		this.graph = createRoleGraph(
			data.roles.map((r) => r.id),
			data.routes
		);
		const roleIds = data.roles.map((r) => r.id);
		this.litRoles = new KeyedFlags(roleIds);
		this.litRoutes = new KeyedFlags(data.routes.map((r) => r.id));
		this.isFocused = new KeyedFlags(roleIds);
		this.isSelected = new KeyedFlags(roleIds);
		this.layout = $derived(layoutPathway(pathwayInput(this.data, this.filter)));
		this.selectedRole = $derived(this.data.roles.find((r) => r.id === this.selected) ?? null);
	}

	/** Move the keyboard focus; returns the newly focused role. */
	move(key: MapKey): string | null {
		this.focused = nextNode(this.layout.nodes, this.focused, key);
		return this.focused;
	}

	/** Open the detail panel for a role that is on the map (after filters). */
	select(id: string | null) {
		if (id === null || this.layout.nodes.some((n) => n.id === id)) this.selected = id;
	}

	/** Show a role even if the focus or filters hide it: focus on its profession, clear the levels that would. */
	reveal(id: string) {
		const role = this.data.roles.find((r) => r.id === id);
		if (!role) return false;
		if (!this.layout.nodes.some((n) => n.id === id)) {
			const { profession, levels } = this.filter;
			this.filter = {
				profession: profession === null ? null : role.group,
				levels: levels.length && !levels.includes(role.level) ? [] : levels
			};
		}
		this.focused = id;
		this.selected = id;
		return true;
	}

	setFilter(filter: PathwayFilter) {
		this.filter = filter;
		// A throwaway lookup, read once here: nothing reacts to it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const visible = new Set(this.layout.nodes.map((n) => n.id));
		if (this.selected && !visible.has(this.selected)) this.selected = null;
		if (this.focused && !visible.has(this.focused)) this.focused = null;
	}
}

/** Where the chosen profession is remembered between visits (a plain string, nothing personal). */
export const PROFESSION_KEY = storageKey('pathway-profession');
/** How "All professions" is written in the address and in storage. */
export const ALL_PROFESSIONS = 'all';

/** The profession a stored or URL value names: undefined when it names nothing known. */
export function professionFrom(
	state: PathwayState,
	value: string | null
): string | null | undefined {
	if (value === null) return undefined;
	if (value === ALL_PROFESSIONS) return null;
	return state.data.groups.some((g) => g.id === value) ? value : undefined;
}

const KEY = Symbol('pathway');

/** Hand the map's state down to the components below (call once, in the page). */
export function setPathwayState(state: PathwayState): PathwayState {
	return setContext(KEY, state);
}

/** The map's state handed down by setPathwayState. */
export function getPathwayState(): PathwayState {
	return getContext<PathwayState>(KEY);
}
