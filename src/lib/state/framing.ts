/**
 * Refusing to run inside another site's frame: a page that holds private work
 * must not be clickable through an invisible frame (clickjacking). Static hosts
 * should also send `frame-ancestors 'self'` (see the README's hosting notes);
 * this check covers hosts that do not.
 */

/** True when the page is shown inside a frame of another origin (or any frame it cannot inspect). */
export function framedByOtherSite(win: Window): boolean {
	try {
		if (win.top === win.self) return false;
		// Same-origin frames (this site's own) are allowed; reading the top's origin throws otherwise.
		return win.top?.location.origin !== win.location.origin;
	} catch {
		return true;
	}
}
