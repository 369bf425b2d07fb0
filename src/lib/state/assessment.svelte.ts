/**
 * UI state of the self-assessment, with its verbs: the saved list and the open
 * assessment (from SavedList); rating, notes, the action plan; the step shown;
 * importing files; making share links and opening one; and what changed in the
 * framework since an assessment was made. The descriptor text is fetched apart
 * (`text`), once there is saved or open work to read it in: rating remembers the
 * words rated against, the CSV carries them, and rewording since a rating is found
 * with them. Everything else works on ids and levels. The pure work is in $lib/assessment;
 * this class applies it to the open assessment and saves. The page hands it the
 * address bar (SvelteKit's pushState and replaceState) and the window, so it
 * can be tested without either.
 */
import { getContext, setContext } from 'svelte';
import { assessmentCsv } from '$lib/assessment/csv';
import type { AssessmentData, AssessmentText } from '$lib/assessment/data';
import {
	addPlanItem,
	annotate,
	createAssessment,
	rate,
	removePlanItem,
	updatePlanItem
} from '$lib/assessment/edit';
import {
	earlierOf,
	migrateAssessment,
	rewordedOf,
	type EarlierWork,
	type MigrationReport
} from '$lib/assessment/migrate';
import type { Assessment, PlanItem } from '$lib/assessment/model';
import {
	capabilitiesFor,
	domainProfile,
	gapsByDomain,
	type DomainGaps,
	type DomainProfile
} from '$lib/assessment/scoring';
import {
	decodeShare,
	encodeShare,
	sharedCopy,
	sharedOf,
	type SharedAssessment
} from '$lib/assessment/share';
import {
	chooseStep,
	ratingSteps,
	STEP_PARAM,
	stepSearch,
	type RatingStep
} from '$lib/assessment/steps';
import type { AssessmentStore } from '$lib/assessment/storage';
import type { Read } from '$lib/read';
import type { DeferredData } from './deferred-data.svelte';
import { newId, SavedList } from './saved-list.svelte';

export { newId };

/** The address bar: where the step and a share link live. The page passes SvelteKit's own. */
export interface AddressBar {
	/** A new history entry (a step the Back button returns from). */
	push(url: string): void;
	/** The same history entry, changed (a step chosen for the person, a share link put away). */
	replace(url: string): void;
}

/** An address bar that changes nothing: for tests, and before the page is in a browser. */
const NO_ADDRESS: AddressBar = { push() {}, replace() {} };

/** A new assessment: a profession group and levels. */
export type AssessmentChoice = {
	professionGroup: string;
	currentLevel: string;
	targetLevel?: string;
};

/** Said when a change needs the descriptor text and it has not loaded. */
const TEXT_NOT_LOADED = 'The capability text has not loaded yet. Try again in a moment.';

export class AssessmentState extends SavedList<Assessment> {
	/** What carrying saved assessments to this framework version found, by assessment id. */
	#migrated = $state<Record<string, MigrationReport>>({});
	/**
	 * What changed in the framework since saved assessments were made: the version and the
	 * capabilities as found on load or import, and rewording once the text has loaded.
	 */
	readonly changes: (MigrationReport & { name: string })[];
	/** The step in the address ("2"); null until read, or when the address has none. */
	stepParam = $state<string | null>(null);
	/** A share link's assessment, shown read-only until saved or put away. */
	shared = $state<SharedAssessment | null>(null);
	/** Why the share link in the address cannot be read; empty when it can, or there is none. */
	shareProblem = $state('');
	/** What the last action did, said politely to screen readers. */
	announcement = $state('');
	/** The id of another saved assessment to compare the open one with; empty for none. */
	compareWith = $state('');

	/** The rating steps of the open assessment (one domain each); the summary comes after them. */
	readonly steps: RatingStep[];
	/** The step shown, from 1 to steps + 1 (the summary). */
	readonly step: number;
	/** The capabilities rated against the open assessment's target level. */
	readonly capabilities: AssessmentData['capabilities'];
	readonly profile: DomainProfile[];
	readonly gaps: DomainGaps[];
	/** Capabilities already in the plan. */
	readonly planned: Set<string>;
	/** Work on capabilities this framework version no longer has: kept and shown. */
	readonly earlierWork: EarlierWork[];
	/** The other saved assessments, to compare with. */
	readonly others: Assessment[];
	/** The compared assessment's profile, read against the open one's target level. */
	readonly earlier: { name: string; profile: DomainProfile[] } | null;

	constructor(
		readonly data: AssessmentData,
		store: AssessmentStore,
		private readonly address: AddressBar = NO_ADDRESS,
		/** The descriptor text, fetched on first use (`loadText`). */
		readonly text: DeferredData<AssessmentText>
	) {
		super(store);
		/** A value of the open assessment, or `none` with no assessment open. */
		const ofOpen =
			<V>(f: (a: Assessment) => V, none: V) =>
			() =>
				this.active ? f(this.active) : none;
		this.steps = $derived.by(ofOpen((a) => ratingSteps(data, a.targetLevel), []));
		this.step = $derived.by(ofOpen((a) => chooseStep(this.stepParam, this.steps, a.ratings), 1));
		this.capabilities = $derived.by(ofOpen((a) => capabilitiesFor(data, a.targetLevel), []));
		this.profile = $derived.by(ofOpen((a) => domainProfile(data, a), []));
		this.gaps = $derived.by(ofOpen((a) => gapsByDomain(data, a), []));
		// Made anew whenever the plan changes, never changed in place: nothing reacts to its inside.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.planned = $derived(new Set(this.active?.plan.map((p) => p.capability) ?? []));
		this.earlierWork = $derived.by(ofOpen((a) => earlierOf(data, a), []));
		this.others = $derived(this.list.filter((x) => x.id !== this.activeId));
		this.changes = $derived.by(() => {
			const descriptors = this.text.value?.descriptors;
			return this.list.flatMap((a) => {
				const found = this.#migrated[a.id];
				const reworded = descriptors ? rewordedOf(descriptors, a) : [];
				if (!found && !reworded.length) return [];
				const same = { from: a.frameworkVersion, to: a.frameworkVersion, added: [], removed: [] };
				return [{ ...(found ?? same), reworded, name: a.name }];
			});
		});
		this.earlier = $derived.by(() => {
			const other = this.others.find((o) => o.id === this.compareWith);
			if (!other) return null;
			const targetLevel = this.active?.targetLevel ?? other.targetLevel;
			return { name: other.name, profile: domainProfile(data, { ...other, targetLevel }) };
		});
	}

	/** A level's name ("Enhanced"), or its id when this framework has no such level. */
	levelName(id: string): string {
		return this.data.levels.find((l) => l.id === id)?.name ?? id;
	}

	/** A profession group's name, or its id when unknown. */
	groupName(id: string): string {
		return this.data.groups.find((g) => g.id === id)?.name ?? id;
	}

	/** A capability as the page names it ("1.2 Comfort and dignity"), or its id when unknown. */
	titleOf(id: string): string {
		const c = this.data.capabilities.find((x) => x.id === id);
		return c ? `${c.code} ${c.title}` : id;
	}

	/** Fetch the descriptor text once (when there is work to read it in); null if it failed. */
	loadText(): Promise<AssessmentText | null> {
		return this.text.load();
	}

	/** Carry assessments to this framework version, with what changed for each (rewording aside). */
	private migrate(assessments: Assessment[]) {
		return assessments.map((a) => migrateAssessment(this.data, a));
	}

	/** Note what migration found for each of `kept`, the migrated assessments as the list now holds them. */
	private noteMigrated(kept: Assessment[], reports: (MigrationReport | null)[]) {
		this.#migrated = Object.fromEntries(
			kept.flatMap((a, i) => {
				const report = reports[i];
				return report ? [[a.id, report]] : [];
			})
		);
	}

	/** Read what the browser has saved, carrying it to this framework version (nothing is dropped). */
	override load() {
		super.load();
		if (!this.list.length) return;
		const migrated = this.migrate(this.list);
		this.list = migrated.map((m) => m.assessment);
		this.noteMigrated(
			this.list,
			migrated.map((m) => m.report)
		);
		if (migrated.some((m) => m.report && m.report.from !== m.report.to)) this.save();
	}

	/**
	 * Start in a browser window: read what is saved, the step and any share link in the address,
	 * and follow other tabs, the Back button and share links pasted while here. Returns the way to stop.
	 */
	attach(win: Window): () => void {
		this.load();
		this.readStep(win.location.search);
		const readHash = () => void this.readHash(win);
		const readStep = () => this.readStep(win.location.search);
		void this.readHash(win);
		const stop = this.listen(win);
		win.addEventListener('hashchange', readHash);
		win.addEventListener('popstate', readStep);
		return () => {
			stop();
			win.removeEventListener('hashchange', readHash);
			win.removeEventListener('popstate', readStep);
		};
	}

	/** Show the card of a share link in the window's address; a jump to a part of the page is not one. */
	async readHash(win: Window) {
		this.shareProblem = '';
		const hash = win.location.hash;
		if (hash.length <= 1) return;
		// The skip link or an error summary jumps to an id on this page: that is not a share link.
		if (win.document.getElementById(decodeURIComponent(hash.slice(1)))) return;
		await this.openShare(hash);
	}

	/** Open a share link's fragment as a read-only card, or say why it cannot be read. */
	async openShare(fragment: string): Promise<Read<SharedAssessment>> {
		const read = await decodeShare(fragment);
		if (read.ok) this.shared = read.value;
		else this.shareProblem = read.message;
		return read;
	}

	/** Put the shared card away, saving a copy first when asked; the link leaves the address. */
	closeShared(save: boolean, path: string): Read<null> {
		const shared = this.shared;
		if (save && shared) {
			const saved = this.saveShared(shared);
			if (!saved.ok) return saved;
		}
		this.shared = null;
		if (!save) {
			this.address.replace(path);
			return { ok: true, value: null };
		}
		this.announcement = `Saved a copy: ${this.active?.name ?? ''}.`;
		// The person was reading a profile, not rating: the copy opens on its summary, not step 1.
		this.open(this.activeId ?? '', '');
		this.stepParam = String(this.steps.length + 1);
		this.address.replace(path + stepSearch('', this.steps.length + 1));
		return { ok: true, value: null };
	}

	/** The link that shares the open assessment (the ratings travel in the fragment), or '' with none open. */
	async shareLink(page: string, includeNotes: boolean): Promise<string> {
		if (!this.active) return '';
		return `${page}#${await encodeShare(sharedOf(this.active, includeNotes))}`;
	}

	/** Save a copy of a shared assessment beside the person's own (the text loaded first). */
	saveShared(shared: SharedAssessment): Read<null> {
		const text = this.text.value;
		if (!text) {
			this.problem = TEXT_NOT_LOADED;
			return { ok: false, message: TEXT_NOT_LOADED };
		}
		const copy = sharedCopy(this.data, text.descriptors, shared, newId());
		if (!copy.ok) {
			this.problem = copy.message;
			return copy;
		}
		return this.add(copy.value);
	}

	/** The step from the address; with none, the first step with something unrated (kept from then on). */
	readStep(search: string) {
		// A throwaway reading of the address, read once here: nothing reacts to it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.stepParam = new URLSearchParams(search).get(STEP_PARAM);
		const open = this.active;
		if (this.stepParam === null && open)
			this.stepParam = String(
				chooseStep(null, ratingSteps(this.data, open.targetLevel), open.ratings)
			);
	}

	/** Show a step and keep it in the address as a new history entry, so a reload keeps the place. */
	goStep(n: number, search: string) {
		this.stepParam = String(n);
		this.address.push(stepSearch(search, n));
	}

	/** Start a new assessment at its first step; refused, with a message, when it cannot be saved. */
	start(choice: AssessmentChoice, search: string): Read<null> {
		const made = this.create(choice);
		if (!made.ok) return made;
		this.stepParam = '1';
		this.address.replace(stepSearch(search, 1));
		this.announcement = `Assessment started: ${this.active?.name ?? ''}.`;
		return made;
	}

	/** Start a new assessment for a profession group and levels. */
	create(choice: AssessmentChoice) {
		return this.add(createAssessment(this.data, choice, newId()));
	}

	/** Open another saved assessment, at the step in the address or else its first with something unrated. */
	open(id: string, search: string) {
		this.activeId = id;
		this.readStep(search);
	}

	/** Rate a capability of the open assessment (0 to 3), once the text it is rated against has loaded. */
	rate(capability: string, value: number): Read<null> {
		const text = this.text.value;
		if (!text) return { ok: false, message: TEXT_NOT_LOADED };
		return this.update((x) => rate(text.descriptors, x, capability, value));
	}

	/** Set the private note or evidence links of a rated capability. */
	annotate(capability: string, change: { note?: string; evidence?: string[] }): Read<null> {
		return this.update((x) => annotate(x, capability, change));
	}

	/** Put a capability in the action plan; returns the new item's id, or null when refused. */
	addToPlan(capability: string): string | null {
		const id = newId();
		if (!this.update((x) => addPlanItem(x, capability, id)).ok) return null;
		const n = this.active?.plan.length ?? 0;
		this.announcement = `Added to plan (${n} ${n === 1 ? 'item' : 'items'}).`;
		return id;
	}

	/** Change what a plan item says: the action, when it is due, the evidence to gather. */
	editPlanItem(id: string, change: Partial<Omit<PlanItem, 'id'>>): Read<null> {
		return this.update((x) => updatePlanItem(x, id, change));
	}

	/** Take an item out of the action plan. */
	removePlanItem(id: string): Read<null> {
		return this.update((x) => removePlanItem(x, id));
	}

	/** Bring in assessments read from a file: replace everything, or keep both (imports get new ids). */
	bringInFile(assessments: Assessment[], mode: 'replace' | 'keep') {
		// A file made against another framework version is carried over, and the person told how.
		const migrated = this.migrate(assessments);
		super.bringIn(
			migrated.map((m) => m.assessment),
			mode
		);
		// Keeping both gives the imports new ids at the end of the list: the reports follow them.
		this.noteMigrated(
			this.list.slice(this.list.length - migrated.length),
			migrated.map((m) => m.report)
		);
	}

	/** The open assessment as CSV text, notes only when chosen; null with none open or no text yet. */
	csv(includeNotes: boolean): string | null {
		const text = this.text.value;
		if (!this.active || !text) return null;
		return assessmentCsv(this.data, text.descriptors, this.active, includeNotes);
	}

	override deleteAll() {
		super.deleteAll();
		this.#migrated = {};
	}
}

const KEY = Symbol('assessment');

/** Hand the self-assessment's state to every component below the page. */
export function setAssessmentState(state: AssessmentState): AssessmentState {
	return setContext(KEY, state);
}

/** The self-assessment's state, as the page handed it down. */
export function getAssessmentState(): AssessmentState {
	return getContext<AssessmentState>(KEY);
}
