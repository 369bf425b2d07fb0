/**
 * UI state of a list of things saved in the browser (assessments, curricula):
 * the list, the open one, and what went wrong with storage in plain words.
 * Every change is checked against the kind's schema before it is kept, applied
 * to the newest saved copy (another tab may have changed it) and saved at once;
 * a change that breaks a limit is refused with a message, and a failed save
 * keeps the change on screen, so nothing typed is lost.
 */
import type { LocalStore } from '$lib/persistence/local-store';
import { checkRecord, sortRecords, type SavedRecord } from '$lib/persistence/saved-kind';
import type { Read } from '$lib/read';

/** A fresh id for a saved record or a part of one. */
export function newId(): string {
	return (
		globalThis.crypto?.randomUUID?.() ??
		`${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
	);
}

/** A record that was set aside or repaired on load, named as the person knows it, and why. */
export interface Unread {
	name: string;
	why: string;
}

export class SavedList<T extends SavedRecord> {
	list = $state<T[]>([]);
	activeId = $state<string | null>(null);
	/** Problems with storage or an import, in plain words. */
	problem = $state('');
	/** What loading had to set aside or repair, record by record. */
	unread = $state<Unread[]>([]);
	/** Set-aside data is waiting in this browser (it can be downloaded or restored). */
	hasSetAside = $state(false);
	/** Something another tab did, said once: "deleted in another tab". */
	notice = $state('');
	/** Saving is held until unread data that found no room to be set aside is downloaded. */
	blocked = $state(false);
	/** How many changes this tab has saved; 0 before any, or when the last save failed. */
	saves = $state(0);
	readonly active: T | null;
	/** Whether storage holds what this tab shows, so it may adopt what other tabs wrote. */
	private inStep = true;

	constructor(protected readonly store: LocalStore<T>) {
		this.active = $derived(this.list.find((x) => x.id === this.activeId) ?? null);
	}

	/** Read what the browser has saved; the newest becomes the open one. */
	load() {
		const loaded = this.store.load(newId);
		this.list = loaded.kept;
		this.activeId = this.list[this.list.length - 1]?.id ?? null;
		this.problem = loaded.problem;
		this.unread = [
			...loaded.setAside.map((x) => ({ name: x.name, why: `set aside: ${x.why}` })),
			...loaded.repaired.map((x) => ({ name: x.name, why: `kept, with a change: ${x.what}` }))
		];
		this.hasSetAside = this.store.setAside().length > 0;
		this.blocked = this.store.blocked;
		this.inStep = loaded.problem === '';
	}

	/** Adopt what other tabs have saved since, so a change lands on the newest copy. */
	sync() {
		if (!this.inStep) return;
		const saved = this.store.peek();
		if (!saved) return;
		this.list = saved;
		if (!saved.some((x) => x.id === this.activeId))
			this.activeId = saved[saved.length - 1]?.id ?? null;
	}

	/** Follow other tabs through the `storage` event; returns the way to stop. */
	listen(target: Window): () => void {
		const key = this.store.kind.storageKey;
		const onStorage = (event: StorageEvent) => {
			if (event.key !== key && event.key !== null) return;
			if (event.newValue === null && this.list.length) {
				this.notice = `Your saved ${this.store.kind.noun.many} were deleted in another tab, so they are no longer shown here.`;
				this.list = [];
				this.activeId = null;
				this.inStep = true;
				return;
			}
			this.sync();
		};
		target.addEventListener('storage', onStorage);
		return () => target.removeEventListener('storage', onStorage);
	}

	protected save(): Read<null> {
		const result = this.store.write(this.list);
		this.problem = result.ok ? '' : result.message;
		this.inStep = result.ok;
		this.saves = result.ok ? this.saves + 1 : 0;
		return result;
	}

	/** Check a record against the kind's schema; the message says which limit it breaks. */
	check(item: T): Read<T> {
		return checkRecord(this.store.kind, item);
	}

	/** Add a record, open it and save. Refused, with a message, when it breaks a limit. */
	add(item: T): Read<null> {
		const checked = this.check(item);
		if (!checked.ok) return this.refuse(checked.message);
		this.sync();
		this.list = [...this.list, checked.value];
		this.activeId = item.id;
		return this.save();
	}

	private refuse(message: string): Read<null> {
		this.problem = message;
		return { ok: false, message };
	}

	/** Apply a change to the newest copy of the open record and save; refused when it breaks a limit. */
	update(change: (x: T) => T): Read<null> {
		this.sync();
		const current = this.active;
		if (!current)
			return { ok: false, message: `That ${this.store.kind.noun.one} is no longer here.` };
		const checked = this.check(change(current));
		if (!checked.ok) return this.refuse(checked.message);
		this.list = this.list.map((x) => (x.id === current.id ? checked.value : x));
		return this.save();
	}

	/** Delete one record (the page asks first). */
	remove(id: string) {
		this.sync();
		this.list = this.list.filter((x) => x.id !== id);
		if (this.activeId === id) this.activeId = this.list[this.list.length - 1]?.id ?? null;
		this.save();
	}

	/** Bring in imported records: replace everything, or keep both (imports get new ids). */
	bringIn(incoming: T[], mode: 'replace' | 'keep') {
		this.sync();
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
		this.unread = [];
		this.hasSetAside = false;
		this.blocked = false;
		this.notice = '';
		this.problem = result.ok ? '' : result.message;
		this.inStep = result.ok;
	}

	/** The set-aside data as one file's text, to download before anything else is done with it. */
	setAsideFile(): string {
		const kind = this.store.kind;
		return JSON.stringify(
			{
				format: `${kind.format}-set-aside`,
				savedIn: kind.storageKey,
				items: this.store.setAside().map((x) => ({ key: x.key, text: x.text }))
			},
			null,
			2
		);
	}

	/** Bring back every set-aside record this version can read; the rest stays set aside. */
	restore(): { restored: number; left: number } {
		const kind = this.store.kind;
		const raws: unknown[] = [];
		for (const entry of this.store.setAside()) {
			try {
				const json = JSON.parse(entry.text) as Record<string, unknown>;
				const list = json[kind.field];
				if (Array.isArray(list)) raws.push(...(list as unknown[]));
			} catch {
				// Text that is not JSON stays set aside; it can still be downloaded.
			}
		}
		const sorted = sortRecords(kind, raws, newId);
		// While blocked, the unread list is still under the key: saving now would overwrite it.
		if (this.store.blocked && sorted.setAside.length)
			return { restored: 0, left: sorted.setAside.length };
		this.store.release();
		this.blocked = false;
		this.inStep = true;
		this.sync();
		// A record already here (a repaired copy, or one restored before) is not added twice.
		const ids = this.list.map((x) => x.id);
		const back = sorted.kept.filter((x) => !ids.includes(x.id));
		this.list = [...this.list, ...back];
		if (back.length) this.activeId = back[back.length - 1]!.id;
		const saved = this.save();
		if (saved.ok && sorted.setAside.length === 0) {
			this.store.dropSetAside();
			this.hasSetAside = false;
			this.unread = [];
		}
		return { restored: back.length, left: sorted.setAside.length };
	}

	/** After the person downloaded what could not be read: let saving go ahead again. */
	carryOn() {
		this.store.release();
		this.blocked = false;
		this.inStep = true;
		this.problem = '';
	}
}
