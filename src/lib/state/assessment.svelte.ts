/**
 * UI state of the self-assessment: the saved list, the open assessment, and
 * messages about storage, imports and framework changes. Every change is saved
 * through the store at once; a failed save says why and keeps the change on screen.
 */
import type { AssessmentData } from '$lib/assessment/data';
import { createAssessment } from '$lib/assessment/edit';
import { migrateAssessment, type MigrationReport } from '$lib/assessment/migrate';
import type { Assessment, AssessmentFile } from '$lib/assessment/model';
import type { AssessmentStore } from '$lib/assessment/storage';

/** A fresh id for an assessment or plan item. */
export function newId(): string {
	return (
		globalThis.crypto?.randomUUID?.() ??
		`${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
	);
}

export class AssessmentState {
	list = $state<Assessment[]>([]);
	activeId = $state<string | null>(null);
	/** Problems with storage or an import, in plain words. */
	problem = $state('');
	/** What changed in the framework since saved assessments were made. */
	changes = $state<(MigrationReport & { name: string })[]>([]);
	readonly active: Assessment | null;

	constructor(
		readonly data: AssessmentData,
		private readonly store: AssessmentStore
	) {
		this.active = $derived(this.list.find((a) => a.id === this.activeId) ?? null);
	}

	/** Read what the browser has saved, carrying it to this framework version. */
	load() {
		const read = this.store.read();
		if (!read.ok) {
			this.problem = read.message;
			return;
		}
		const migrated = read.value.map((a) => ({ ...migrateAssessment(this.data, a), name: a.name }));
		this.list = migrated.map((m) => m.assessment);
		this.changes = migrated.flatMap((m) => (m.report ? [{ ...m.report, name: m.name }] : []));
		if (this.changes.length) this.save();
		this.activeId = this.list[this.list.length - 1]?.id ?? null;
	}

	private save() {
		const result = this.store.write(this.list);
		this.problem = result.ok ? '' : result.message;
	}

	create(choice: { professionGroup: string; currentLevel: string; targetLevel?: string }) {
		const a = createAssessment(this.data, choice, newId());
		this.list = [...this.list, a];
		this.activeId = a.id;
		this.save();
	}

	/** Apply a change to the open assessment and save. */
	update(change: (a: Assessment) => Assessment) {
		const current = this.active;
		if (!current) return;
		const next = change(current);
		this.list = this.list.map((a) => (a.id === current.id ? next : a));
		this.save();
	}

	remove(id: string) {
		this.list = this.list.filter((a) => a.id !== id);
		if (this.activeId === id) this.activeId = this.list[this.list.length - 1]?.id ?? null;
		this.save();
	}

	/** Bring in an imported file: replace everything, or keep both (imports get new ids). */
	bringIn(file: AssessmentFile, mode: 'replace' | 'keep') {
		const migrated = file.assessments.map((a) => ({
			...migrateAssessment(this.data, a),
			name: a.name
		}));
		const incoming = migrated.map((m) => m.assessment);
		// A file made against another framework version is carried over, and the person told how.
		this.changes = migrated.flatMap((m) => (m.report ? [{ ...m.report, name: m.name }] : []));
		const kept =
			mode === 'replace'
				? incoming
				: [...this.list, ...incoming.map((a) => ({ ...a, id: newId() }))];
		this.list = kept;
		this.activeId = kept[kept.length - 1]?.id ?? null;
		this.save();
	}

	/** Delete every assessment and everything this site stored in the browser. */
	deleteAll() {
		const result = this.store.clear();
		this.list = [];
		this.activeId = null;
		this.changes = [];
		this.problem = result.ok ? '' : result.message;
	}
}
