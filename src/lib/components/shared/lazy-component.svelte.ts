/**
 * A component fetched on first use, so a page's first load does not carry it. `view` is null
 * until `load()` has fetched it; after that it is there at once, so a caller that awaits
 * `load()` before changing state can move focus into the component in the same update.
 *
 * Example: const chart = lazyComponent(() => import('./Chart.svelte')); await chart.load();
 */
export class LazyComponent<T> {
	/** The component, once fetched. */
	view = $state.raw<T | null>(null);
	/** Why the fetch failed (offline before the site was cached), or '' while all is well. */
	failed = $state('');
	#loading: Promise<T | null> | null = null;

	constructor(private readonly fetch: () => Promise<{ default: T }>) {}

	/** Fetch the component once; later calls share the same fetch. Resolves to null if it failed. */
	load(): Promise<T | null> {
		this.#loading ??= this.fetch().then(
			(m) => {
				this.failed = '';
				return (this.view = m.default);
			},
			() => {
				this.failed = 'This part of the page could not load. Reload the page to try again.';
				this.#loading = null;
				return null;
			}
		);
		return this.#loading;
	}
}

/** A component fetched on first use (see LazyComponent). */
export function lazyComponent<T>(fetch: () => Promise<{ default: T }>): LazyComponent<T> {
	return new LazyComponent(fetch);
}
