/**
 * How a cited source address reads as link text on a page.
 */

/** Longest path shown after the host: longer ones are shortened so a phone line holds them. */
const MAX_PATH_CHARS = 48;

/**
 * A cited address as readable link text: host without "www.", then path and query, shortened.
 * `sourceLabel('https://www.hee.nhs.uk/our-work/cancer/')` → `hee.nhs.uk/our-work/cancer`
 */
export function sourceLabel(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return url;
	}
	const host = parsed.hostname.replace(/^www\./, '');
	// The query names the page on some sites ("page.php?id=12"), so it stays in the label.
	let path = parsed.pathname.replace(/\/+$/, '') + parsed.search;
	try {
		path = decodeURIComponent(path);
	} catch {
		// A malformed escape stays as written: the link itself still works.
	}
	const short = path.length > MAX_PATH_CHARS ? `${path.slice(0, MAX_PATH_CHARS - 1)}…` : path;
	return host + short;
}
