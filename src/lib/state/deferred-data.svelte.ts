/**
 * Page data fetched when it is first needed rather than shipped in the page: the descriptor text a
 * tool shows once work is open, the route details a plan shows once one is asked for. Each file is
 * prerendered beside its page on the site's own origin (so the service worker caches it with the
 * page) and stamped with the framework it was built from: a page from an older build that fetches a
 * newer file is told to reload rather than shown text that does not match its ids.
 *
 * Example: const text = deferredData(() => fetchBuildData(`${base}/x.json`, data)); await text.load();
 */
import type { FrameworkStamp } from '$lib/assessment/data';
import type { Read } from '$lib/read';

/** Said when the file cannot be fetched (offline before the site was cached, or a server fault). */
export const FETCH_FAILED =
	'This part of the page could not load. Check your connection and try again.';
/** Said when the file was built from another framework version than the page. */
export const VERSION_MISMATCH =
	'The site has been updated since this page loaded. Reload the page to continue.';

/** Fetch a prerendered JSON file and check it was built from the same framework as the page. */
export async function fetchBuildData<T extends FrameworkStamp>(
	url: string,
	page: FrameworkStamp,
	get: typeof fetch = fetch
): Promise<Read<T>> {
	let body: unknown;
	try {
		const response = await get(url);
		if (!response.ok) return { ok: false, message: FETCH_FAILED };
		body = await response.json();
	} catch {
		return { ok: false, message: FETCH_FAILED };
	}
	const stamp = body as Partial<FrameworkStamp> | null;
	if (
		typeof stamp !== 'object' ||
		stamp === null ||
		stamp.frameworkId !== page.frameworkId ||
		stamp.frameworkVersion !== page.frameworkVersion
	)
		return { ok: false, message: VERSION_MISMATCH };
	return { ok: true, value: body as T };
}

/** A piece of page data fetched once on first use, with why it failed; a failed fetch may be retried. */
export class DeferredData<T> {
	/** The data, once fetched. */
	value = $state.raw<T | null>(null);
	/** Why the last fetch failed, or '' while all is well. */
	failed = $state('');
	#loading: Promise<T | null> | null = null;

	constructor(private readonly fetch: () => Promise<Read<T>>) {}

	/** Fetch once; later calls share the same fetch. Resolves to null if it failed (call again to retry). */
	load(): Promise<T | null> {
		this.#loading ??= this.fetch().then(
			(read) => {
				if (read.ok) {
					this.failed = '';
					return (this.value = read.value);
				}
				this.failed = read.message;
				this.#loading = null;
				return null;
			},
			() => {
				this.failed = FETCH_FAILED;
				this.#loading = null;
				return null;
			}
		);
		return this.#loading;
	}
}

/** Page data fetched on first use (see DeferredData). */
export function deferredData<T>(fetch: () => Promise<Read<T>>): DeferredData<T> {
	return new DeferredData(fetch);
}

/** Data already at hand, for tests and for a page that has it: `load()` resolves at once. */
export function readyData<T>(value: T): DeferredData<T> {
	const data = new DeferredData(() => Promise.resolve<Read<T>>({ ok: true, value }));
	data.value = value;
	return data;
}
