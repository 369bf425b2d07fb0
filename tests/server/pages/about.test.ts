import { describe, expect, test } from 'vitest';
import { aboutDataPageOf, aboutPageOf } from '../../../src/lib/server/pages/about';
import { miniFramework } from '../../fixtures/mini';

const fw = miniFramework();

describe('the about pages', () => {
	test('about names the data and says when its text is working text', () => {
		const page = aboutPageOf(fw);
		expect(page).toMatchObject({ title: fw.meta.title, version: '0.0.1-test', working: true });
		expect(page.published).toMatch(/2024/);
		expect(aboutPageOf({ ...fw, meta: { ...fw.meta, contentKind: 'official' } }).working).toBe(
			false
		);
	});

	test('the data page totals every record by how sure we are of it', () => {
		const { totals } = aboutDataPageOf(fw);
		const all = totals.confirmed + totals.inferred + totals.working;
		expect(all).toBeGreaterThan(fw.levels.length + fw.roles.length);
		// The mini framework's one inferred record is the nurse-to-lead route.
		expect(totals.inferred).toBeGreaterThanOrEqual(1);
	});
});
