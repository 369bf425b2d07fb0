/**
 * Site links that work at the root of an origin and under a sub-path
 * (BASE_PATH), written with the trailing slash every prerendered folder has.
 */
import { base } from '$app/paths';

/** "/levels/enhanced/" → the same path under the site's base, e.g. "../../levels/enhanced/". */
export function link(path: `/${string}`): string {
	const [rest = '/', hash] = path.split('#');
	const [pathname = '/', query] = rest.split('?');
	const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return `${base}${withSlash}${query !== undefined ? `?${query}` : ''}${hash !== undefined ? `#${hash}` : ''}`;
}
