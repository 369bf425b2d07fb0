import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assessmentDataOf, descriptorsOf } from '../../src/lib/assessment/data';
import { annotate, createAssessment, rate } from '../../src/lib/assessment/edit';
import { assessmentKind, type Assessment } from '../../src/lib/assessment/model';
import { readSavedFile, savedFile } from '../../src/lib/persistence/saved-kind';
import {
	decodeShare,
	encodeShare,
	SHARE_PREFIX,
	sharedCopy,
	type SharedAssessment
} from '../../src/lib/assessment/share';
import { createStore, SET_ASIDE_KEY, STORAGE_KEY } from '../../src/lib/assessment/storage';
import { memoryStorage } from '../fixtures/memory-storage';
import { miniFramework } from '../fixtures/mini';

const data = assessmentDataOf(miniFramework());
const descriptors = descriptorsOf(miniFramework());
const writeAssessmentFile = (list: Assessment[], version: string) =>
	savedFile(assessmentKind, list, { id: data.frameworkId, version });
const readAssessmentFile = (text: string) =>
	readSavedFile(assessmentKind, text, data.frameworkId, () => 'new-id');
const sample = () => {
	let a = createAssessment(
		data,
		{ professionGroup: 'nursing', currentLevel: 'entry' },
		'a1',
		new Date('2026-11-30T10:00:00Z')
	);
	a = rate(descriptors, a, 'comfort', 3);
	return annotate(a, 'comfort', {
		note: 'Ward round, "quotes", ünïcødé <b>markup</b>',
		evidence: ['https://example.org/e']
	});
};

describe('JSON export and import', () => {
	test('re-importing an export restores exactly the same state', () => {
		const a = sample();
		const file = writeAssessmentFile([a], data.frameworkVersion);
		const read = readAssessmentFile(JSON.stringify(file));
		expect(read.ok && read.value.kept).toEqual([a]);
		expect(read.ok && read.value.frameworkVersion).toBe(data.frameworkVersion);
	});

	test.each([
		['not JSON', 'not json', /not valid JSON/],
		[
			'another tool',
			JSON.stringify({ format: 'other-tool', data: [] }),
			/not exported by this tool/
		],
		[
			'a newer format',
			JSON.stringify({ format: 'accend-explorer-assessments', formatVersion: 9, assessments: [] }),
			/newer version/
		],
		[
			'a damaged file',
			JSON.stringify({ format: 'accend-explorer-assessments', formatVersion: 1, assessments: 'x' }),
			/does not hold a list of assessments/
		]
	])('refuses %s with a clear message', (_what, text, message) => {
		const read = readAssessmentFile(text);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.message).toMatch(message);
	});

	test('never throws on any text, and accepts only valid files', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.constant(JSON.stringify(writeAssessmentFile([sample()], 'v')))
				),
				(text) => {
					const read = readAssessmentFile(text);
					if (read.ok) expect(read.value.kept.length).toBeGreaterThan(0);
					else expect(read.message.length).toBeGreaterThan(20);
				}
			),
			{ numRuns: 500 }
		);
	});

	test('survives any single-character corruption of a real export', () => {
		const text = JSON.stringify(writeAssessmentFile([sample()], data.frameworkVersion));
		fc.assert(
			fc.property(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 1 }), (at, ch) => {
				const read = readAssessmentFile(text.slice(0, at) + ch + text.slice(at + 1));
				expect(typeof read.ok).toBe('boolean');
			}),
			{ numRuns: 300 }
		);
	});
});

describe('share links', () => {
	const shared: SharedAssessment = {
		fv: '1',
		n: 'Mine',
		g: 'nursing',
		c: 'entry',
		t: 'middle',
		r: [
			['comfort', 3, 'a note'],
			['appraise', 1]
		]
	};

	test('round-trip', async () => {
		const fragment = await encodeShare(shared);
		expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
		expect(fragment).toMatch(/^[A-Za-z0-9._-]+$/);
		expect(await decodeShare(`#${fragment}`)).toEqual({ ok: true, value: shared });
	});

	test('round-trips any valid share', async () => {
		const arb = fc.record({
			fv: fc.string({ maxLength: 20 }),
			n: fc.string({ maxLength: 50 }),
			g: fc.string({ maxLength: 20 }),
			c: fc.string({ maxLength: 20 }),
			t: fc.string({ maxLength: 20 }),
			r: fc.array(fc.tuple(fc.string({ maxLength: 20 }), fc.integer({ min: 0, max: 3 })), {
				maxLength: 30
			})
		});
		await fc.assert(
			fc.asyncProperty(arb, async (value) => {
				expect(await decodeShare(await encodeShare(value))).toEqual({ ok: true, value });
			}),
			{ numRuns: 100 }
		);
	});

	test('truncated, tampered or foreign links are refused, never thrown', async () => {
		const fragment = await encodeShare(shared);
		await fc.assert(
			fc.asyncProperty(
				fc.nat(fragment.length - 1),
				fc.constantFrom('truncate', 'flip', 'insert'),
				fc.string({ minLength: 1, maxLength: 1 }),
				async (at, how, ch) => {
					const broken =
						how === 'truncate'
							? fragment.slice(0, at)
							: how === 'flip'
								? fragment.slice(0, at) + ch + fragment.slice(at + 1)
								: fragment.slice(0, at) + ch + fragment.slice(at);
					const read = await decodeShare(broken);
					if (read.ok) expect(read.value.r.length).toBeLessThanOrEqual(2);
					else expect(read.message).toMatch(/damaged|does not carry/);
				}
			),
			{ numRuns: 300 }
		);
		expect((await decodeShare('#something-else')).ok).toBe(false);
	});

	test('the action plan travels with the link and comes back in the copy', async () => {
		const withPlan: SharedAssessment = {
			...shared,
			p: [['appraise', 'Journal club', '2027-03-01', 'Notes from two sessions']]
		};
		const read = await decodeShare(await encodeShare(withPlan));
		expect(read).toEqual({ ok: true, value: withPlan });
		const copy = sharedCopy(data, descriptors, withPlan, 'c1');
		expect(copy.ok && copy.value.plan).toEqual([
			{
				id: 'c1-plan-1',
				capability: 'appraise',
				action: 'Journal club',
				due: '2027-03-01',
				evidence: 'Notes from two sessions'
			}
		]);
		// A link that puts an impossible date in the plan is refused whole.
		const bad = { ...shared, p: [['appraise', 'x', '2027-02-31', '']] } as SharedAssessment;
		expect((await decodeShare(await encodeShare(bad))).ok).toBe(false);
	});
});

describe('storage', () => {
	test('saves and reads back', () => {
		expect(createStore(() => memoryStorage()).load(() => 'x').kept).toEqual([]);
		const s = memoryStorage();
		const store = createStore(() => s);
		const a = sample();
		expect(store.write([a]).ok).toBe(true);
		expect(store.load(() => 'x').kept).toEqual([a]);
		expect(store.clear().ok).toBe(true);
		expect(store.load(() => 'x').kept).toEqual([]);
	});

	test('full storage says so', () => {
		const result = createStore(() => memoryStorage(true)).write([sample()]);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/storage for this site is full/);
	});

	test('disabled storage says so', () => {
		const store = createStore(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		expect(store.load(() => 'x').problem).toMatch(/not letting this site save/);
	});

	test('unreadable saved data is set aside, not lost', () => {
		const s = memoryStorage();
		s.setItem(STORAGE_KEY, '{"broken": tru');
		const loaded = createStore(() => s).load(() => 'x');
		expect(loaded.setAside).toEqual([
			expect.objectContaining({ name: 'the saved assessments', why: 'it is not readable text' })
		]);
		const keys = [...Array(s.length).keys()].map((i) => s.key(i));
		const aside = keys.find((k) => k?.startsWith(SET_ASIDE_KEY));
		expect(aside && s.getItem(aside)).toBe('{"broken": tru');
		expect(JSON.parse(s.getItem(STORAGE_KEY) ?? '')).toEqual({ formatVersion: 1, assessments: [] });
	});
});
