/**
 * UI state of the self-assessment: the saved list and the open assessment
 * (from SavedList), plus what changed in the framework since an assessment
 * was made, reported when old assessments are carried to this version.
 */
import type { AssessmentData } from '$lib/assessment/data';
import { createAssessment } from '$lib/assessment/edit';
import { migrateAssessment, type MigrationReport } from '$lib/assessment/migrate';
import type { Assessment } from '$lib/assessment/model';
import { sharedCopy, type SharedAssessment } from '$lib/assessment/share';
import type { AssessmentStore } from '$lib/assessment/storage';
import type { Read } from '$lib/read';
import { newId, SavedList } from './saved-list.svelte';

export { newId };

export class AssessmentState extends SavedList<Assessment> {
	/** What changed in the framework since saved assessments were made. */
	changes = $state<(MigrationReport & { name: string })[]>([]);

	constructor(
		readonly data: AssessmentData,
		store: AssessmentStore
	) {
		super(store);
	}

	/** Carry assessments to this framework version, noting what changed for each. */
	private migrate(assessments: Assessment[]) {
		const migrated = assessments.map((a) => ({ ...migrateAssessment(this.data, a), name: a.name }));
		this.changes = migrated.flatMap((m) => (m.report ? [{ ...m.report, name: m.name }] : []));
		return migrated.map((m) => m.assessment);
	}

	/** Read what the browser has saved, carrying it to this framework version (nothing is dropped). */
	override load() {
		super.load();
		if (!this.list.length) return;
		this.list = this.migrate(this.list);
		if (this.changes.some((c) => c.from !== c.to)) this.save();
	}

	/** Start a new assessment for a profession group and levels. */
	create(choice: { professionGroup: string; currentLevel: string; targetLevel?: string }) {
		return this.add(createAssessment(this.data, choice, newId()));
	}

	/** Save a copy of a shared assessment beside the person's own. */
	saveShared(shared: SharedAssessment): Read<null> {
		const copy = sharedCopy(this.data, shared, newId());
		if (!copy.ok) {
			this.problem = copy.message;
			return copy;
		}
		return this.add(copy.value);
	}

	/** Bring in assessments read from a file: replace everything, or keep both (imports get new ids). */
	bringInFile(assessments: Assessment[], mode: 'replace' | 'keep') {
		// A file made against another framework version is carried over, and the person told how.
		super.bringIn(this.migrate(assessments), mode);
	}

	override deleteAll() {
		super.deleteAll();
		this.changes = [];
	}
}
