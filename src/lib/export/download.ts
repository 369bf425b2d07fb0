/** Saving a file the page made (CSV, JSON, SVG, PNG) to the person's device. No server involved. */

/** Offer `content` as a download named `name`. */
export function download(name: string, content: string | Blob, type: string) {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	a.click();
	// Some browsers read the blob after click() returns; free it a moment later.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Today as YYYY-MM-DD, for file names. */
export const dateStamp = (now = new Date()) => now.toISOString().slice(0, 10);
