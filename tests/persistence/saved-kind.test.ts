/**
 * The saved-work module, through the self-assessment and curriculum kinds: every write path
 * (typing, share links, imports, edits) either stores something that loads again and exports to
 * a file that imports again, or is refused with a message. Properties run over what people
 * type and paste (any text, any length), not over tidy values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assessmentDataOf, descriptorsOf } from '../../src/lib/assessment/data';
import {
	addPlanItem,
	annotate,
	createAssessment,
	parseEvidence,
	rate,
	updatePlanItem
} from '../../src/lib/assessment/edit';
import { assessmentKind, type Assessment } from '../../src/lib/assessment/model';
import { sharedCopy, type SharedAssessment } from '../../src/lib/assessment/share';
import { collectOutcomes, listToOutcomes } from '../../src/lib/curriculum/outcomes-import';
import { addModules, createCurriculum, updateOutcome } from '../../src/lib/curriculum/edit';
import { curriculumKind, type Curriculum } from '../../src/lib/curriculum/model';
import { createLocalStore } from '../../src/lib/persistence/local-store';
import {
	checkRecord,
	readSavedFile,
	repairRecord,
	savedFile,
	sortRecords
} from '../../src/lib/persistence/saved-kind';
import { memoryStorage } from '../fixtures/memory-storage';
import { miniFramework } from '../fixtures/mini';
import { miniData } from '../curriculum/mini';

const data = assessmentDataOf(miniFramework());
const descriptors = descriptorsOf(miniFramework());
const fw = { id: data.frameworkId, version: data.frameworkVersion };
let n = 0;
const makeId = () => `id-${++n}`;
const fresh = () =>
	createAssessment(
		data,
		{ professionGroup: 'nursing', currentLevel: 'entry' },
		'a1',
		new Date('2026-11-30T10:00:00Z')
	);

/** Store, load, export and re-import: what comes back is what was stored. */
function roundTrip<T extends Assessment | Curriculum>(
	kind: typeof assessmentKind | typeof curriculumKind,
	record: T
) {
	const s = memoryStorage();
	const store = createLocalStore(kind as never, () => s);
	const written = (store as ReturnType<typeof createLocalStore<T>>).write([record]);
	if (!written.ok) return written;
	const loaded = (store as ReturnType<typeof createLocalStore<T>>).load(makeId);
	expect(loaded.kept).toEqual([record]);
	expect(loaded.setAside).toEqual([]);
	const file = JSON.stringify(savedFile(kind as never, loaded.kept as never, fw));
	const read = readSavedFile(kind as never, file, fw.id, makeId);
	expect(read.ok && read.value.kept).toEqual([record]);
	return written;
}

/** Any text a person might type or paste, including very long text and odd characters. */
const typed = fc.oneof(
	fc.string({ maxLength: 50 }),
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc.integer({ min: 0, max: 6000 }).map((k) => 'x'.repeat(k))
);

describe('checkRecord and repairRecord, as a person reads the messages', () => {
	test.each([
		[
			'a 5,001-character note',
			{ note: 'n'.repeat(5001) },
			'A private note must be 5,000 characters or fewer'
		],
		[
			'51 evidence links',
			{ evidence: Array.from({ length: 51 }, (_, i) => `e${i}`) },
			'Evidence links can hold at most 50'
		]
	])('%s is refused on write, naming the limit', (_what, change, message) => {
		const a = annotate(rate(descriptors, fresh(), 'comfort', 1), 'comfort', change);
		expect(checkRecord(assessmentKind, a)).toEqual({
			ok: false,
			message: `${message}, so that change was not saved.`
		});
	});

	test('a plan date with a five-digit year is refused; on load it is dropped, the plan item kept', () => {
		const a = updatePlanItem(addPlanItem(fresh(), 'comfort', 'p1'), 'p1', {
			due: '20255-06-01',
			action: 'Shadow'
		});
		expect(checkRecord(assessmentKind, a).ok).toBe(false);
		const repaired = repairRecord(assessmentKind, a);
		expect(repaired.ok && repaired.value.plan).toEqual([
			{ id: 'p1', capability: 'comfort', action: 'Shadow', due: '', evidence: '' }
		]);
	});

	test('a rating that cannot be read leaves only itself out; a record with no name is set aside, named', () => {
		const a = rate(descriptors, rate(descriptors, fresh(), 'comfort', 1), 'appraise', 2);
		const bad = { ...a, ratings: { ...a.ratings, comfort: { ...a.ratings.comfort, value: 9 } } };
		const sorted = sortRecords(assessmentKind, [bad, { ...a, id: 'a2', name: '' }], makeId);
		expect(sorted.kept).toHaveLength(1);
		expect(Object.keys(sorted.kept[0]!.ratings)).toEqual(['appraise']);
		expect(sorted.setAside).toEqual([
			expect.objectContaining({ name: 'assessment number 2', why: 'the name must not be empty' })
		]);
	});
});

describe('every write path stores what loads again and exports to a file that imports again', () => {
	test('typed notes and evidence: stored when within the limits, refused with a message otherwise', () => {
		fc.assert(
			fc.property(typed, typed, (note, evidence) => {
				const a = annotate(rate(descriptors, fresh(), 'comfort', 2), 'comfort', {
					note,
					evidence: parseEvidence(evidence)
				});
				const result = roundTrip(assessmentKind, a);
				if (!result.ok) expect(result.message).toMatch(/must be|can hold at most/);
				else expect(note.length).toBeLessThanOrEqual(5000);
			}),
			{ numRuns: 150 }
		);
	});

	test('typed plan text and dates', () => {
		fc.assert(
			fc.property(typed, typed, fc.string({ maxLength: 12 }), (action, evidence, due) => {
				const a = updatePlanItem(addPlanItem(fresh(), 'comfort', 'p1'), 'p1', {
					action,
					evidence,
					due
				});
				const result = roundTrip(assessmentKind, a);
				if (!result.ok) expect(result.message).toMatch(/must be|not in a form/);
			}),
			{ numRuns: 150 }
		);
	});

	test('any share link that decodes, once saved as a copy, is stored and exported without loss', () => {
		const shared = fc.record({
			fv: fc.string({ maxLength: 100 }),
			n: fc.string({ maxLength: 200 }),
			g: fc.constantFrom('nursing', '', 'x'.repeat(100)),
			c: fc.constantFrom('entry', 'middle', ''),
			t: fc.constantFrom('middle', 'top', ''),
			r: fc.array(
				fc.tuple(
					fc.oneof(fc.constantFrom('comfort', 'appraise', ''), fc.string({ maxLength: 100 })),
					fc.integer({ min: 0, max: 3 }),
					fc.string({ maxLength: 5000 })
				),
				{ maxLength: 8 }
			)
		}) as fc.Arbitrary<SharedAssessment>;
		fc.assert(
			fc.property(shared, (s) => {
				const copy = sharedCopy(data, descriptors, s, 'copy');
				if (!copy.ok) {
					expect(copy.message).toMatch(/does not have/);
					return;
				}
				expect(copy.value.name.length).toBeLessThanOrEqual(200);
				expect(copy.value.name.endsWith(' (shared copy)')).toBe(true);
				expect(roundTrip(assessmentKind, copy.value).ok).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});

	test('pasted outcomes and edits: stored, or refused with a message when a limit is reached', () => {
		fc.assert(
			fc.property(fc.array(typed, { maxLength: 20 }), typed, (lines, edit) => {
				let c = createCurriculum(miniData, { name: 'P' }, 'c1', new Date('2026-11-30T10:00:00Z'));
				const read = collectOutcomes(listToOutcomes(lines.join('\n')), 'Module', makeId);
				if (read.ok) c = addModules(c, read.value.modules);
				const first = c.modules[0]?.outcomes[0];
				if (first && edit.trim()) c = updateOutcome(c, first.id, { text: edit.trim() });
				const result = roundTrip(curriculumKind, c);
				if (!result.ok) expect(result.message).toMatch(/must be|can hold at most/);
			}),
			{ numRuns: 100 }
		);
	});

	test('an import file with any records: what is kept always passes the check that guards writes', () => {
		const record = fc.oneof(
			fc.constant(rate(descriptors, fresh(), 'comfort', 1) as unknown),
			fc.record({ id: fc.string(), name: fc.string(), note: typed }),
			fc.json().map((j) => JSON.parse(j) as unknown)
		);
		fc.assert(
			fc.property(fc.array(record, { maxLength: 6 }), (records) => {
				const text = JSON.stringify({
					format: assessmentKind.format,
					formatVersion: 1,
					assessments: records
				});
				const read = readSavedFile(assessmentKind, text, fw.id, makeId);
				expect(read.ok).toBe(true);
				if (!read.ok) return;
				for (const a of read.value.kept) expect(checkRecord(assessmentKind, a).ok).toBe(true);
				expect(new Set(read.value.kept.map((a) => a.id)).size).toBe(read.value.kept.length);
				expect(read.value.kept.length + read.value.setAside.length).toBe(records.length);
			}),
			{ numRuns: 200 }
		);
	});
});
