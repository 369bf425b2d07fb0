/**
 * UI state of a list of things saved in the browser (assessments, curricula):
 * the list, the open one, and what went wrong with storage in plain words.
 * Every change is saved through the store at once; a failed save says why and
 * keeps the change on screen, so nothing typed is lost.
 */
import type { LocalStore } from '$lib/persistence/local-store';

/** A fresh id for a saved record or a part of one. */
export function newId(): string {
	return (
		globalThis.crypto?.randomUUID?.() ??
		`${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
	);
}

export class SavedList<T extends { id: string }> {
	list = $state<T[]>([]);
	activeId = $state<string | null>(null);
	/** Problems with storage or an import, in plain words. */
	problem = $state('');
	readonly active: T | null;

	constructor(protected readonly store: LocalStore<T>) {
		this.active = $derived(this.list.find((x) => x.id === this.activeId) ?? null);
	}

	/** Read what the browser has saved; the newest becomes the open one. */
	load() {
		const read = this.store.read();
		if (!read.ok) {
			this.problem = read.message;
			return;
		}
		this.list = read.value;
		this.activeId = this.list[this.list.length - 1]?.id ?? null;
	}

	protected save() {
		const result = this.store.write(this.list);
		this.problem = result.ok ? '' : result.message;
	}

	/** Add a record, open it and save. */
	add(item: T) {
		this.list = [...this.list, item];
		this.activeId = item.id;
		this.save();
	}

	/** Apply a change to the open record and save. */
	update(change: (x: T) => T) {
		const current = this.active;
		if (!current) return;
		const next = change(current);
		this.list = this.list.map((x) => (x.id === current.id ? next : x));
		this.save();
	}

	remove(id: string) {
		this.list = this.list.filter((x) => x.id !== id);
		if (this.activeId === id) this.activeId = this.list[this.list.length - 1]?.id ?? null;
		this.save();
	}

	/** Bring in imported records: replace everything, or keep both (imports get new ids). */
	bringIn(incoming: T[], mode: 'replace' | 'keep') {
		const kept =
			mode === 'replace'
				? incoming
				: [...this.list, ...incoming.map((x) => ({ ...x, id: newId() }))];
		this.list = kept;
		this.activeId = kept[kept.length - 1]?.id ?? null;
		this.save();
	}

	/** Delete every record and everything this store kept in the browser. */
	deleteAll() {
		const result = this.store.clear();
		this.list = [];
		this.activeId = null;
		this.problem = result.ok ? '' : result.message;
	}
}
