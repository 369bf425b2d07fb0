import { describe, expect, test } from 'vitest';
import { COMPARE_SEPARATOR } from '../../../src/lib/framework/compare';
import { comparePageOf, comparisonPageOf } from '../../../src/lib/server/pages/compare';
import { miniFramework } from '../../fixtures/mini';

const fw = miniFramework();
const slug = (...ids: string[]) => ids.join(COMPARE_SEPARATOR);

describe('comparison pages', () => {
	test('the picker offers the step up from each level but the top', () => {
		expect(comparePageOf(fw).nextSteps).toEqual([
			{ slug: slug('entry', 'middle'), label: 'Entry and Middle' },
			{ slug: slug('middle', 'top'), label: 'Middle and Top' }
		]);
	});

	test.each([[slug('top', 'entry')], [slug('entry')], ['nonsense']])(
		'%s is not a comparison',
		(s) => {
			expect(comparisonPageOf(fw, s)).toBeNull();
		}
	);

	test('a comparison names its levels and keeps only what the page draws of each domain', () => {
		const page = comparisonPageOf(fw, slug('entry', 'top'))!;
		expect(page.slug).toBe(slug('entry', 'top'));
		expect(page.levels.map((l) => l.id)).toEqual(['entry', 'top']);
		expect(page.allLevels).toHaveLength(3);
		expect(Object.keys(page.domains[0]!.domain).sort()).toEqual([
			'colour',
			'id',
			'number',
			'title'
		]);
		expect(page.version).toBe(fw.meta.version);
	});
});
