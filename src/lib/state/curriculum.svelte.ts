/**
 * UI state of curriculum mapping: the saved curricula, the open one, the
 * outcome being mapped, the coverage view, and a suggester built once for the
 * framework. The suggester (bm25, stemming, vocabulary, with the capability
 * text it reads) and the matrix's geometry (d3-scale) load on demand, when
 * mapping starts and when coverage is first drawn, so the page's first load
 * carries none of them. Every domain verb lives here (the pure changes are in
 * `$lib/curriculum/edit`); every change is stamped (time and revision),
 * checked against the limits and saved at once. Components reach it through
 * `getCurriculumState()`.
 */
import { getContext, setContext } from 'svelte';
import { applyReview, strongMatchesOf, type ReviewItem } from '$lib/curriculum/accept-strong';
import { coverageOf, modulesInView, type Coverage } from '$lib/curriculum/coverage';
import type { CurriculumData, CurriculumText } from '$lib/curriculum/data';
import { FRAMEWORK_NAME } from '$lib/site-name';
import {
	addModules,
	allOutcomes,
	createCurriculum,
	linkOutcome,
	rejectSuggestion,
	removeModule,
	removeOutcome,
	replaceModule,
	stamped,
	unlinkOutcome,
	updateModule,
	updateOutcome,
	type CurriculumChoice
} from '$lib/curriculum/edit';
import type { CapabilityLink, Curriculum, Module, Outcome } from '$lib/curriculum/model';
import type { ImportReport } from '$lib/curriculum/outcomes-import';
import type { Suggester } from '$lib/curriculum/suggest';
import type { layoutCoverageMatrix, MatrixLayout } from '$lib/layout/coverage-matrix';
import type { LocalStore } from '$lib/persistence/local-store';
import type { Read } from '$lib/read';
import type { DeferredData } from './deferred-data.svelte';
import { newId, SavedList } from './saved-list.svelte';

/** An element the page should move focus to once it has drawn the change (by id). */
export interface FocusRequest {
	id: string;
	/** The element to scroll to the top of the window first (a heading above it), if any. */
	scroll: string | null;
	/** Counts up, so asking for the same element twice still moves focus. */
	seq: number;
}

/** The id of the open curriculum's heading: focused when a curriculum is created. */
export const CURRICULUM_HEADING_ID = 'curriculum-heading';
/** The id of the outcome being mapped: focused when outcomes are added or another is opened. */
export const MAPPING_OUTCOME_ID = 'mapping-outcome';
/** The heading of step 2, "Map outcomes". */
export const MAPPING_SECTION_ID = 'mapping';

export class CurriculumState extends SavedList<Curriculum> {
	/** The suggestion engine, built once `loadSuggester()` has fetched its code; null until then. */
	suggester = $state.raw<Suggester | null>(null);
	#suggesterLoad: Promise<Suggester | null> | null = null;
	/** The matrix geometry, once `loadMatrixLayout()` has fetched it with d3-scale. */
	#layoutMatrix = $state.raw<typeof layoutCoverageMatrix | null>(null);
	#layoutLoad: Promise<void> | null = null;
	/** The outcome chosen for mapping; the first outcome when none (or a gone one) is chosen. */
	mappingId = $state<string | null>(null);
	/** What the last import brought in, shown until the next one. */
	lastImport = $state<ImportReport | null>(null);
	/** Said politely after each action that adds or removes content. */
	said = $state('');
	/** The element to focus after the next change is drawn. */
	focus = $state<FocusRequest | null>(null);
	/** The module coverage is shown for: '' for the whole programme. */
	coverageModule = $state('');
	/** Every outcome of the open curriculum in programme order, with its module. */
	readonly outcomes: { module: Module; outcome: Outcome }[];
	/** The outcome being mapped, with its module. */
	readonly mapping: { module: Module; outcome: Outcome } | null;
	/** "3 of 30": where the outcome being mapped sits in the programme. */
	readonly position: string;
	/** Coverage of the open curriculum (or the chosen module) by domain and level. */
	readonly coverage: Coverage | null;
	/** The coverage matrix, for the page and the export; null before the first outcome. */
	readonly matrix: MatrixLayout | null;
	/** The matrix's title: the curriculum and what part of it is shown. */
	readonly matrixTitle: string;

	constructor(
		readonly data: CurriculumData,
		store: LocalStore<Curriculum>,
		/** The descriptors, summaries and vocabulary suggestions read, fetched when mapping starts. */
		readonly text: DeferredData<CurriculumText>
	) {
		super(store);
		this.outcomes = $derived(this.active ? allOutcomes(this.active) : []);
		this.mapping = $derived(
			this.outcomes.find((p) => p.outcome.id === this.mappingId) ?? this.outcomes[0] ?? null
		);
		this.position = $derived(
			`${this.outcomes.findIndex((p) => p.outcome.id === this.mapping?.outcome.id) + 1} of ${this.outcomes.length}`
		);
		this.coverage = $derived(
			this.active
				? coverageOf(
						data,
						modulesInView(this.active, this.coverageModule || null),
						this.active.levels
					)
				: null
		);
		this.matrix = $derived(
			this.coverage && this.outcomes.length && this.#layoutMatrix
				? this.#layoutMatrix(this.coverage, data.levels, data.domains)
				: null
		);
		this.matrixTitle = $derived.by(() => {
			const c = this.active;
			if (!c) return '';
			const view =
				c.modules.find((m) => m.id === this.coverageModule)?.title ?? 'the whole programme';
			return `${c.name}: coverage of the ${FRAMEWORK_NAME} capabilities by ${view}`;
		});
	}

	/**
	 * Fetch the suggestion engine and the text it reads, and build it once (when mapping starts);
	 * later calls share it. Null when the text could not load (`text.failed` says why): call again to retry.
	 */
	loadSuggester(): Promise<Suggester | null> {
		this.#suggesterLoad ??= Promise.all([import('$lib/curriculum/suggest'), this.text.load()]).then(
			([{ createSuggester }, text]) => {
				if (text) return (this.suggester = createSuggester(this.data, text));
				this.#suggesterLoad = null;
				return null;
			}
		);
		return this.#suggesterLoad;
	}

	/** Fetch the coverage matrix's geometry once (when coverage is first drawn). */
	loadMatrixLayout(): Promise<void> {
		this.#layoutLoad ??= import('$lib/layout/coverage-matrix').then((m) => {
			this.#layoutMatrix = m.layoutCoverageMatrix;
		});
		return this.#layoutLoad;
	}

	/** Say something politely and ask for focus on an element once the change is drawn. */
	announce(message: string, focusId?: string) {
		this.said = message;
		if (focusId) this.focusOn(focusId, focusId);
	}

	/** Ask for focus on an element once the change is drawn, scrolling another to the top first. */
	focusOn(id: string, scroll: string | null = null) {
		this.focus = { id, scroll, seq: (this.focus?.seq ?? 0) + 1 };
	}

	/** Start a new curriculum, open it and say so. */
	create(choice: CurriculumChoice): Read<null> {
		const result = this.add(createCurriculum(this.data, choice, newId()));
		this.announce(`Created ${choice.name.trim()}.`, CURRICULUM_HEADING_ID);
		return result;
	}

	/** Apply a change to the open curriculum, stamp it and save; refused when it breaks a limit. */
	override update(change: (c: Curriculum) => Curriculum): Read<null> {
		return super.update((c) => stamped(change(c)));
	}

	/** Add imported or pasted outcomes (by module); the first is opened for mapping. */
	addOutcomes(modules: Module[], report: ImportReport): Read<null> {
		const result = this.update((c) => addModules(c, modules));
		if (!result.ok) return result;
		this.lastImport = report;
		const added = modules.flatMap((m) => m.outcomes);
		const names = modules
			.map((m) => m.code || m.title)
			.filter((name, i, all) => all.indexOf(name) === i)
			.join(', ');
		if (added[0]) this.mappingId = added[0].id;
		this.announce(
			`Added ${added.length} ${added.length === 1 ? 'outcome' : 'outcomes'} to ${names}.`,
			MAPPING_OUTCOME_ID
		);
		return result;
	}

	/** Change an outcome's text; refused, with the reason, when it breaks a limit. */
	editOutcome(outcomeId: string, text: string): Read<null> {
		return this.update((c) => updateOutcome(c, outcomeId, { text }));
	}

	/** Delete an outcome and its links. */
	removeOutcome(outcomeId: string): Read<null> {
		return this.update((c) => removeOutcome(c, outcomeId));
	}

	/** Give a module a new title. */
	renameModule(moduleId: string, title: string): Read<null> {
		return this.update((c) => updateModule(c, moduleId, { title }));
	}

	/** Delete a module with its outcomes. */
	removeModule(moduleId: string): Read<null> {
		return this.update((c) => removeModule(c, moduleId));
	}

	/** Open an outcome for mapping and move focus to it. */
	select(outcomeId: string) {
		this.mappingId = outcomeId;
		this.focusOn(MAPPING_OUTCOME_ID, MAPPING_SECTION_ID);
	}

	/** Open the previous or next outcome (wrapping round) and move focus to it. */
	move(step: -1 | 1) {
		const list = this.outcomes;
		const i = list.findIndex((p) => p.outcome.id === this.mapping?.outcome.id);
		const next = list[(i + step + list.length) % list.length];
		if (next) this.mappingId = next.outcome.id;
		this.focusOn(MAPPING_OUTCOME_ID);
	}

	/** Map an outcome to a capability at a level: accepting a suggestion or a search result. */
	link(outcomeId: string, link: CapabilityLink): Read<null> {
		return this.update((c) => linkOutcome(c, outcomeId, link));
	}

	/** Take a link off an outcome. */
	unlink(outcomeId: string, link: CapabilityLink): Read<null> {
		return this.update((c) => unlinkOutcome(c, outcomeId, link));
	}

	/** Turn a suggestion down so it is not offered for this outcome again. */
	reject(outcomeId: string, capability: string): Read<null> {
		return this.update((c) => rejectSuggestion(c, outcomeId, capability));
	}

	/** The strong matches a module's unmapped outcomes would gain, for review; null when the text could not load. */
	async strongMatches(module: Module): Promise<ReviewItem[] | null> {
		const suggester = await this.loadSuggester();
		return suggester ? strongMatchesOf(suggester, module, this.active?.levels ?? []) : null;
	}

	/** Add the reviewed strong matches to a module; gives back the module as it was, for Undo. */
	acceptStrong(module: Module, review: readonly ReviewItem[]): Read<Module> {
		const before = $state.snapshot(module) as Module;
		const result = this.update((c) => replaceModule(c, applyReview(module, review)));
		return result.ok ? { ok: true, value: before } : result;
	}

	/** Put a module back as it was (Undo after accepting strong matches). */
	restoreModule(module: Module): Read<null> {
		return this.update((c) => replaceModule(c, module));
	}
}

const KEY = Symbol('curriculum');

/** Hand the curriculum state to every component below the calling one. */
export function setCurriculumState(state: CurriculumState): CurriculumState {
	return setContext(KEY, state);
}

/** The curriculum state a page above handed down. */
export function getCurriculumState(): CurriculumState {
	return getContext<CurriculumState>(KEY);
}

/** The context that hands `state` down, for mounting a component on its own (as tests do). */
export function curriculumContext(state: CurriculumState): Map<symbol, CurriculumState> {
	// Read once by Svelte when mounting: nothing reacts to it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return new Map([[KEY, state]]);
}
