/**
 * Files people saved on the previous data release (2023.1-working.1), exported by that
 * release's own code (tests/fixtures/previous-release/make-fixtures.ts), must open under
 * the shipped data with every rating, note, plan item and mapping intact, and with a
 * note of what changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { assessmentDataOf } from '../../src/lib/assessment/data';
import { migrateAssessment } from '../../src/lib/assessment/migrate';
import { assessmentKind } from '../../src/lib/assessment/model';
import { gapsByDomain } from '../../src/lib/assessment/scoring';
import { coverageOf } from '../../src/lib/curriculum/coverage';
import { curriculumKind } from '../../src/lib/curriculum/model';
import { readSavedFile } from '../../src/lib/persistence/saved-kind';
import { accendCurriculumData, accendFramework } from '../fixtures/accend';

const PREVIOUS = '2023.1-working.1';
const fixture = (name: string) =>
	readFileSync(new URL(`../fixtures/previous-release/${name}`, import.meta.url), 'utf8');

describe('a self-assessment saved on the previous release', () => {
	const data = assessmentDataOf(accendFramework());
	const read = readSavedFile(
		assessmentKind,
		fixture('self-assessment.json'),
		data.frameworkId,
		() => crypto.randomUUID()
	);
	if (!read.ok) throw new Error(read.message);
	const saved = read.value.kept;

	test('is read whole: nothing repaired, set aside or renumbered', () => {
		expect(saved.length).toBe(2);
		expect([read.value.repaired, read.value.setAside, read.value.renumbered]).toEqual([[], [], []]);
	});

	test('was saved on the previous release, rated, with notes and a plan', () => {
		expect(read.value.frameworkVersion).toBe(PREVIOUS);
		expect(data.frameworkVersion).not.toBe(PREVIOUS);
		expect(Object.keys(saved[0]!.ratings).length).toBeGreaterThan(30);
		expect(saved[0]!.plan.length).toBeGreaterThan(0);
	});
	test.each(saved.map((a) => [a.id, a] as const))(
		'%s opens with every rating, note and plan item intact',
		(_id, a) => {
			const { assessment, report } = migrateAssessment(data, a);
			expect(assessment.ratings).toEqual(a.ratings);
			expect(assessment.plan).toEqual(a.plan);
			expect(assessment.frameworkVersion).toBe(data.frameworkVersion);
			expect(report?.from).toBe(PREVIOUS);
			expect(report?.removed).toEqual([]);
		}
	);
	test('every rated capability still applies at the target level, so the gaps still show', () => {
		for (const a of saved) {
			const { assessment } = migrateAssessment(data, a);
			const shown = gapsByDomain(data, assessment).flatMap((d) =>
				d.gaps.map((g) => g.capability.id)
			);
			const below = Object.entries(a.ratings)
				.filter(([, r]) => r.value < 2)
				.map(([id]) => id);
			expect(shown.sort()).toEqual(below.sort());
		}
	});
});

describe('a curriculum map saved on the previous release', () => {
	const data = accendCurriculumData();
	const read = readSavedFile(curriculumKind, fixture('curriculum.json'), data.frameworkId, () =>
		crypto.randomUUID()
	);
	if (!read.ok) throw new Error(read.message);
	const curriculum = read.value.kept[0]!;
	const links = curriculum.modules.flatMap((m) => m.outcomes.flatMap((o) => o.links));

	test('was saved on the previous release with mapped outcomes', () => {
		expect(read.value.frameworkVersion).toBe(PREVIOUS);
		expect(links.length).toBeGreaterThan(0);
	});
	test('its single programme level (format 1) opens as the one declared level', () => {
		expect(curriculum.levels).toEqual(['pre-registration']);
	});
	test('every mapping still points at a capability that applies at its level', () => {
		for (const l of links) {
			const c = data.capabilities.find((x) => x.id === l.capability);
			expect(c?.levels.includes(l.level), `${l.capability} at ${l.level}`).toBe(true);
		}
	});
	test('coverage counts every mapped outcome', () => {
		const coverage = coverageOf(data, curriculum.modules, curriculum.levels);
		const covered = coverage.capabilities.filter((c) => c.outcomes.length > 0);
		expect(covered.map((c) => c.capability).sort()).toEqual(
			[...new Set(links.map((l) => l.capability))].sort()
		);
		expect(coverage.unmapped).toEqual([]);
	});
});
