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
