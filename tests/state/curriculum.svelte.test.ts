// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { linkOutcome } from '../../src/lib/curriculum/edit';
import type { Curriculum } from '../../src/lib/curriculum/model';
import type { ImportReport } from '../../src/lib/curriculum/outcomes-import';
import { createCurriculumStore, CURRICULUM_STORAGE_KEY } from '../../src/lib/curriculum/storage';
import { CurriculumState } from '../../src/lib/state/curriculum.svelte';
import { deferredData, FETCH_FAILED, readyData } from '../../src/lib/state/deferred-data.svelte';
import { accendCurriculumData, accendCurriculumText } from '../fixtures/accend';
import { memoryStorage } from '../fixtures/memory-storage';
import { miniCurriculum, miniData, miniText } from '../curriculum/mini';

describe('CurriculumState', () => {
	test('creates, changes (stamped) and saves; a new state reads it back', () => {
		const s = memoryStorage();
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => s),
			readyData(miniText)
		);
		book.load();
		book.create({ name: 'MSc Cancer Care', levels: ['top'] });
		book.update((c) => ({ ...c, modules: miniCurriculum().modules }));
		book.update((c) => linkOutcome(c, 'o3', { capability: 'comfort', level: 'top' }));
		const again = new CurriculumState(
			miniData,
			createCurriculumStore(() => s),
			readyData(miniText)
		);
		again.load();
		expect(again.active?.name).toBe('MSc Cancer Care');
		expect(again.active?.revision).toBe(3);
		expect(again.active?.modules[0]?.outcomes[2]?.links).toEqual([
			{ capability: 'comfort', level: 'top' }
		]);
	});

	test('a full store keeps the change on screen and says so', () => {
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => memoryStorage(true)),
			readyData(miniText)
		);
		book.load();
		book.create({ name: 'Kept on screen' });
		expect(book.active?.name).toBe('Kept on screen');
		expect(book.problem).toMatch(/full/);
	});

	test('an unreadable saved curriculum is set aside alone, named, and the others stay', () => {
		const s = memoryStorage();
		const good = miniCurriculum();
		s.setItem(
			CURRICULUM_STORAGE_KEY,
			JSON.stringify({ formatVersion: 1, curricula: [good, { id: 'x', name: 'Broken one' }] })
		);
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => s),
			readyData(miniText)
		);
		book.load();
		expect(book.list).toEqual([good]);
		expect(book.unread).toEqual([
			{ name: '“Broken one”', why: expect.stringMatching(/^set aside: /) }
		]);
		expect(book.problem).toBe('');
		const keys = [...Array(s.length).keys()].map((i) => s.key(i) ?? '');
		expect(keys.some((k) => k.startsWith(`${CURRICULUM_STORAGE_KEY}:unreadable`))).toBe(true);
		expect(book.setAsideFile()).toContain('Broken one');
	});

	test('501 modules or an outcome over the limit is refused with a message, and nothing is written', () => {
		const s = memoryStorage();
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => s),
			readyData(miniText)
		);
		book.create({ name: 'Big' });
		const before = s.getItem(CURRICULUM_STORAGE_KEY);
		const modules = Array.from({ length: 501 }, (_, i) => ({
			id: `m${i}`,
			code: '',
			title: `M${i}`,
			outcomes: []
		}));
		const result = book.update((c) => ({ ...c, modules }));
		expect(result).toEqual({
			ok: false,
			message: 'The list of modules can hold at most 500, so that change was not saved.'
		});
		expect(s.getItem(CURRICULUM_STORAGE_KEY)).toBe(before);
		expect(book.active?.modules).toEqual([]);
	});

	test('suggestions come from the framework it was given, once mapping loads them', async () => {
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => null),
			readyData(miniText)
		);
		expect(book.suggester).toBeNull();
		const suggester = await book.loadSuggester();
		expect(book.suggester).toBe(suggester);
		expect(await book.loadSuggester()).toBe(suggester);
		expect(suggester?.suggest('Gives comfort to a patient')[0]?.capability).toBe('comfort');
	});
});

test('with the text not loaded, no suggester is built and strong matches say so; the next try builds it', async () => {
	let online = false;
	const text = deferredData(async () =>
		online ? { ok: true as const, value: miniText } : { ok: false as const, message: FETCH_FAILED }
	);
	const book = new CurriculumState(
		miniData,
		createCurriculumStore(() => null),
		text
	);
	book.create({ name: 'BSc Test', levels: ['top'] });
	expect(await book.loadSuggester()).toBeNull();
	expect([book.suggester, book.text.failed]).toEqual([null, FETCH_FAILED]);
	expect(await book.strongMatches(miniCurriculum().modules[0]!)).toBeNull();
	online = true;
	expect(await book.loadSuggester()).not.toBeNull();
	expect(book.suggester?.suggest('Gives comfort to a patient')[0]?.capability).toBe('comfort');
});

/** A state with an empty curriculum open, saved in memory; `storage` is what it saved to. */
function opened(levels: string[] = []) {
	const storage = memoryStorage();
	const book = new CurriculumState(
		miniData,
		createCurriculumStore(() => storage),
		readyData(miniText)
	);
	book.create({ name: 'BSc Test', levels });
	return { book, storage };
}
const report: ImportReport = {
	outcomes: 0,
	modules: 0,
	emptyRows: [],
	duplicates: [],
	cut: [],
	markup: [],
	formulas: []
};
const saved = (storage: Storage) =>
	JSON.parse(storage.getItem(CURRICULUM_STORAGE_KEY) ?? '{}') as { curricula: Curriculum[] };
const texts = (book: CurriculumState) => book.outcomes.map((p) => p.outcome.text);

describe('CurriculumState verbs', () => {
	test('create opens the curriculum, says so and asks for focus on its heading', () => {
		const { book } = opened();
		expect(book.active?.name).toBe('BSc Test');
		expect(book.said).toBe('Created BSc Test.');
		expect(book.focus).toEqual({ id: 'curriculum-heading', scroll: 'curriculum-heading', seq: 1 });
	});

	test('adding outcomes saves them, opens the first added and names the modules', () => {
		const { book, storage } = opened();
		const [a, b] = miniCurriculum().modules;
		const result = book.addOutcomes([a!], { ...report, outcomes: 3 });
		expect(result).toEqual({ ok: true, value: null });
		expect(book.said).toBe('Added 3 outcomes to NUR101.');
		expect(book.mapping?.outcome.id).toBe('o1');
		expect(book.lastImport?.outcomes).toBe(3);
		book.addOutcomes([b!], report);
		// The newly added outcome is opened, not the first of the programme.
		expect(book.mapping?.outcome.id).toBe('o4');
		expect(book.position).toBe('4 of 5');
		expect(book.said).toBe('Added 2 outcomes to Module B.');
		expect(book.focus?.id).toBe('mapping-outcome');
		expect(saved(storage).curricula[0]?.modules.map((m) => m.title)).toEqual([
			'Module A',
			'Module B'
		]);
		// Pasting into a module that is already there adds to it rather than making a second.
		const again = {
			id: 'x',
			code: '',
			title: 'MODULE B',
			outcomes: [{ ...b!.outcomes[0]!, id: 'o6' }]
		};
		book.addOutcomes([again], report);
		expect(book.active?.modules.map((m) => m.outcomes.length)).toEqual([3, 3]);
		expect(book.said).toBe('Added 1 outcome to MODULE B.');
	});

	test('an import over the limit is refused with its reason and changes nothing said or shown', () => {
		const { book } = opened();
		const modules = Array.from({ length: 501 }, (_, i) => ({
			id: `m${i}`,
			code: '',
			title: `M${i}`,
			outcomes: []
		}));
		const result = book.addOutcomes(modules, report);
		expect(result.ok).toBe(false);
		expect(book.active?.modules).toEqual([]);
		expect(book.lastImport).toBeNull();
		expect(book.said).toBe('Created BSc Test.');
	});

	test('edit, remove, rename and remove a module, each stamped and saved', () => {
		const { book, storage } = opened();
		book.addOutcomes(miniCurriculum().modules, report);
		const revision = book.active!.revision;
		book.editOutcome('o3', 'Explains the cancer pathway');
		book.removeOutcome('o1');
		book.renameModule('B', 'Leading care');
		expect(texts(book)).toEqual([
			'Plans comfort',
			'Explains the cancer pathway',
			'=cmd|calc',
			'Leads appraisal'
		]);
		expect(book.active?.modules.map((m) => m.title)).toEqual(['Module A', 'Leading care']);
		book.removeModule('A');
		expect(texts(book)).toEqual(['=cmd|calc', 'Leads appraisal']);
		expect(book.active?.revision).toBe(revision + 4);
		expect(saved(storage).curricula[0]).toEqual($state.snapshot(book.active));
	});

	test('an edit over the length limit is refused with the reason, and the text stays as it was', () => {
		const { book } = opened();
		book.addOutcomes(miniCurriculum().modules, report);
		const result = book.editOutcome('o1', 'x'.repeat(5000));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/2,000 characters/);
		expect(texts(book)[0]).toBe('Gives comfort');
	});

	test('select and move open outcomes in programme order, wrapping round, and ask for focus', () => {
		const { book } = opened();
		book.addOutcomes(miniCurriculum().modules, report);
		book.select('o5');
		expect(book.mapping?.outcome.id).toBe('o5');
		expect(book.focus).toMatchObject({ id: 'mapping-outcome', scroll: 'mapping' });
		book.move(1);
		expect(book.mapping?.outcome.id).toBe('o1');
		expect(book.position).toBe('1 of 5');
		const seq = book.focus!.seq;
		book.move(-1);
		book.move(-1);
		expect(book.mapping?.outcome.id).toBe('o4');
		expect(book.focus).toEqual({ id: 'mapping-outcome', scroll: null, seq: seq + 2 });
		// A deleted outcome's place is taken by the first.
		book.removeOutcome('o4');
		expect(book.mapping?.outcome.id).toBe('o1');
	});

	test('link, unlink and reject: a turned-down capability linked later leaves the rejected list', () => {
		const { book } = opened();
		book.addOutcomes(miniCurriculum().modules, report);
		const o3 = () => book.outcomes.find((p) => p.outcome.id === 'o3')!.outcome;
		book.reject('o3', 'comfort');
		book.reject('o3', 'comfort');
		expect(o3().rejected).toEqual(['comfort']);
		book.link('o3', { capability: 'comfort', level: 'top' });
		book.link('o3', { capability: 'comfort', level: 'top' });
		expect(o3()).toMatchObject({ links: [{ capability: 'comfort', level: 'top' }], rejected: [] });
		book.unlink('o3', { capability: 'comfort', level: 'top' });
		expect(o3().links).toEqual([]);
	});

	test('accept strong matches adds the reviewed links, and restoring the module undoes it', async () => {
		const storage = memoryStorage();
		const book = new CurriculumState(
			accendCurriculumData(),
			createCurriculumStore(() => storage),
			readyData(accendCurriculumText())
		);
		book.create({ name: 'PgCert', levels: ['enhanced'] });
		const learners = 'Support the learning of students and junior colleagues in practice';
		const module = {
			id: 'm1',
			code: 'NUR7001',
			title: 'Advancing practice',
			outcomes: [{ id: 'LO1', code: 'LO1', text: learners, links: [], rejected: [] }]
		};
		book.addOutcomes([module], report);
		const review = (await book.strongMatches(module)) ?? [];
		expect(review.map((r) => [r.capability, r.level])).toContainEqual([
			'supporting-learners',
			'enhanced'
		]);
		const done = book.acceptStrong(module, review);
		expect(done).toEqual({ ok: true, value: module });
		expect(book.outcomes[0]?.outcome.links).toHaveLength(review.length);
		expect(book.restoreModule(module).ok).toBe(true);
		expect(book.active?.modules[0]).toEqual(module);
	});

	test('the coverage view: none drawn before the first outcome, then by programme or by module', async () => {
		const { book } = opened(['top']);
		expect(book.matrix).toBeNull();
		expect(book.coverage?.gaps).toBeGreaterThan(0);
		book.addOutcomes(miniCurriculum().modules, report);
		// The matrix's geometry (with d3-scale) is fetched when coverage is first drawn.
		expect(book.matrix).toBeNull();
		await book.loadMatrixLayout();
		expect(book.matrix?.cells.length).toBeGreaterThan(0);
		expect(book.matrixTitle).toBe(
			'BSc Test: coverage of the ACCEND capabilities by the whole programme'
		);
		const whole = book.coverage!.capabilities.map((c) => c.outcomes.length);
		book.coverageModule = 'B';
		expect(book.matrixTitle).toMatch(/by Module B$/);
		// Module B alone: o4 and o5 only.
		expect(
			book.coverage!.capabilities.flatMap((c) => c.outcomes.map((p) => p.outcome.id)).sort()
		).toEqual(['o4', 'o4', 'o5']);
		expect(whole.reduce((a, b) => a + b, 0)).toBe(5);
	});
});
