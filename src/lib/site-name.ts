/**
 * The framework's name as the site's wording uses it, taken from the data the
 * site is built from (framework.json "shortName"), so that no component or page
 * types a framework's name: a build from another framework names that one.
 */
import identity from 'virtual:framework-identity';

/** What people call the framework: "ACCEND". */
export const FRAMEWORK_NAME = identity.shortName;

/** The site's own name, in the header and at the end of every page title. */
export const SITE_NAME = `${FRAMEWORK_NAME} explorer`;

/**
 * A name as it starts a file name or a storage key: lower case, runs of anything
 * but letters and digits as one hyphen. `nameSlug('ACCEND')` → `'accend'`.
 */
export function nameSlug(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** What every file the site downloads starts with: "accend-self-assessment-…". */
export const FILE_PREFIX = nameSlug(FRAMEWORK_NAME);

/**
 * What every key the site keeps in the browser starts with: "accend-explorer". For ACCEND it
 * must stay exactly this, or the work people saved before would no longer be found.
 */
export const STORAGE_PREFIX = `${FILE_PREFIX}-explorer`;

/** The browser storage key for one kind of saved thing: `storageKey('assessments')` → `'accend-explorer:assessments'`. */
export const storageKey = (name: string) => `${STORAGE_PREFIX}:${name}`;
