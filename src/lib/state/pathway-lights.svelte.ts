/**
 * Which of the map's shapes are lit (on the lineage), focused or selected, kept as one
 * signal per shape rather than one set that every shape asks. When the light moves, only
 * the shapes whose own answer changes are drawn again: on a map of a thousand roles a hover
 * touches the few dozen shapes that change, not every role and route.
 */

/** One shape's answer. */
class Flag {
	on: boolean;
	constructor(on: boolean) {
		this.on = $state(on);
	}
}

/**
 * A subset of a fixed set of ids, whose membership is asked per id, each answer reactive on
 * its own. (SvelteSet is not enough: asking it about an id it lacks re-runs on every
 * addition.) The signals are made up front, not on first ask: a signal made inside the
 * reaction that reads it is not tracked by that reaction.
 * Example: flags = new KeyedFlags(['a', 'b', 'c']); flags.set(['a']); flags.has('a') → true;
 * then flags.set(['b']) re-runs only the reactions that asked about 'a' or 'b'.
 */
export class KeyedFlags {
	/** One signal per id; a plain map, as it never changes after construction. */
	readonly #flags: ReadonlyMap<string, Flag>;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#on = new Set<string>();

	constructor(ids: Iterable<string>) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#flags = new Map([...ids].map((id) => [id, new Flag(false)]));
	}

	/** Whether `id` is in the subset; a reaction that asks re-runs only when this answer flips. */
	has(id: string): boolean {
		return this.#flags.get(id)?.on ?? false;
	}

	/** Replace the subset, notifying only the ids that joined or left it (unknown ids are ignored). */
	set(ids: Iterable<string>) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const next = new Set([...ids].filter((id) => this.#flags.has(id)));
		for (const id of this.#on) if (!next.has(id)) this.#flags.get(id)!.on = false;
		for (const id of next) if (!this.#on.has(id)) this.#flags.get(id)!.on = true;
		this.#on = next;
	}
}
