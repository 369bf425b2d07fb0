import { expect, test } from 'vitest';
import { sourceLabel } from '../../src/lib/framework/source-label';

test.each([
	['https://www.hee.nhs.uk/our-work/cancer/', 'hee.nhs.uk/our-work/cancer'],
	['https://www.england.nhs.uk/', 'england.nhs.uk'],
	['https://example.org/a%20b', 'example.org/a b'],
	[
		'https://www.instituteforapprenticeships.org/apprenticeship-standards/advanced-clinical-practitioner-integrated-degree-v1-1',
		'instituteforapprenticeships.org/apprenticeship-standards/advanced-clinical-pra…'
	],
	['https://example.org/100%zz', 'example.org/100%zz'],
	['https://www.phorcast.org.uk/page.php?id=7', 'phorcast.org.uk/page.php?id=7'],
	['not a url', 'not a url']
])('%s reads as %s', (url, label) => {
	expect(sourceLabel(url)).toBe(label);
	expect(sourceLabel(url).length).toBeLessThanOrEqual(80);
});
