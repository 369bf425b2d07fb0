/** Addresses for the site-wide browser checks and `npm run screenshots`, kept in one place. */

/** An address with no page, to show the site's own not-found page. */
export const MISSING_PAGE = '/no-such-page/';

/**
 * One page of each page type, with the query and missing-page variants people reach: the
 * site-standard browser test checks them and `npm run screenshots` photographs them.
 */
export const PAGE_TYPES = [
	'/',
	'/about/',
	'/about/data/',
	'/overview/',
	'/pathway/',
	'/levels/',
	'/levels/enhanced/',
	'/roles/',
	'/roles/clinical-nurse-specialist/',
	'/roles/healthcare-assistant/',
	'/domains/',
	'/domains/communication-psychological-support/',
	'/capabilities/sact-care/',
	'/compare/',
	'/compare/registration-vs-enhanced-vs-advanced/',
	'/learning/',
	'/learning/?profession=therapeutic-radiography',
	'/plan/',
	'/plan/?from=registered-nurse&to=clinical-nurse-specialist',
	'/search/?q=chemotherapy',
	'/self-assessment/',
	'/curriculum/',
	'/downloads/',
	MISSING_PAGE
];
