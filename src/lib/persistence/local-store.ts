/**
 * A kind of saved work kept in the browser's localStorage under one key. Loading
 * keeps every record that can be read, repairs what can be repaired and sets
 * aside only what cannot, under `<key>:unreadable:<time>`, never overwritten.
 * Writing checks every record with the schema that reads it back. When set-aside
 * data could not be stored (full storage), the store refuses to write until the
 * person has downloaded it and said to carry on, so nothing is overwritten.
 */
import type { Read } from '../read';
import {
	checkRecord,
	recordsOf,
	sortRecords,
	type SavedKind,
	type SavedRecord,
	type SortedRecords
} from './saved-kind';

/** What loading found, for the page to say in plain words. */
export interface Loaded<T> extends SortedRecords<T> {
	/** A problem to show: storage switched off, or set-aside data that found no room. */
	problem: string;
}

/** One piece of set-aside data, as stored. */
export interface SetAsideEntry {
	key: string;
	text: string;
}

export interface LocalStore<T extends SavedRecord> {
	readonly kind: SavedKind<T>;
	/** Read and sort the saved list; sets aside what cannot be read. */
	load(makeId: () => string): Loaded<T>;
	/** The records saved now, read without changing anything; null when unreadable or blocked. */
	peek(): T[] | null;
	/** Check every record and write the list; refused while blocked or when one is not valid. */
	write(items: readonly T[]): Read<null>;
	/** Remove every key this store owns, set-aside copies included. */
	clear(): Read<null>;
	/** Everything set aside, and the unread list itself while blocked. */
	setAside(): SetAsideEntry[];
	/** Forget set-aside data (after the person downloaded it or restored what could be read). */
	dropSetAside(): void;
	/** True while unread data sits under the key with no room to set it aside. */
	readonly blocked: boolean;
	/** Let writes go ahead again once the person has downloaded the unread data. */
	release(): void;
}

/** Where unreadable saved data under `key` is moved before anything new is written. */
export const setAsideKey = (key: string) => `${key}:unreadable`;

/** A store over a Storage (localStorage), or one that reports storage as unavailable. */
export function createLocalStore<T extends SavedRecord>(
	kind: SavedKind<T>,
	getStorage: () => Storage | null
): LocalStore<T> {
	const key = kind.storageKey;
	const disabled = `Your browser is not letting this site save anything, so ${kind.whatIsLost} will be lost when you close the page. Export them as a file to keep them, or allow site data for this site.`;
	const full = `Your browser’s storage for this site is full, so the latest change was not saved. Export your ${kind.noun.many} as a file, then delete older ones.`;
	const stuck = `Some saved ${kind.noun.many} could not be read and there is no room to set them aside, so nothing new is saved until you download them (below).`;
	let blocked = false;
	// The last list peeked, by its stored text: most changes find storage as this tab left it.
	let lastPeek: { raw: string; items: T[] } | null = null;
	const storage = (): Storage | null => {
		try {
			return getStorage();
		} catch {
			return null;
		}
	};
	const keys = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i) ?? '');
	const rawOf = (s: Storage): string | null => {
		try {
			return s.getItem(key);
		} catch {
			return null;
		}
	};
	const parse = (raw: string): Read<unknown[]> => {
		try {
			return recordsOf(kind as SavedKind<SavedRecord>, JSON.parse(raw));
		} catch {
			return { ok: false, message: 'it is not readable text' };
		}
	};
	const setItem = (s: Storage, k: string, v: string): Read<null> => {
		try {
			s.setItem(k, v);
			return { ok: true, value: null };
		} catch (error) {
			const isFull =
				error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
			return { ok: false, message: isFull ? full : disabled };
		}
	};
	const blob = (items: readonly unknown[]) =>
		JSON.stringify({ formatVersion: kind.formatVersion, [kind.field]: items });
	const empty = (): SortedRecords<T> => ({ kept: [], repaired: [], setAside: [], renumbered: [] });

	return {
		kind,
		get blocked() {
			return blocked;
		},
		load(makeId) {
			blocked = false;
			const s = storage();
			if (!s) return { ...empty(), problem: disabled };
			const raw = rawOf(s);
			if (raw === null) return { ...empty(), problem: '' };
			const list = parse(raw);
			const sorted: SortedRecords<T> = list.ok
				? sortRecords(kind, list.value, makeId)
				: {
						...empty(),
						setAside: [{ name: `the saved ${kind.noun.many}`, why: list.message, raw }]
					};
			const unread = [...sorted.setAside, ...sorted.repaired].map((x) => x.raw);
			if (!unread.length) return { ...sorted, problem: '' };
			// Keep the originals of what was set aside or repaired, then the readable list.
			const aside = list.ok
				? JSON.stringify({
						formatVersion: kind.formatVersion,
						[kind.field]: unread,
						reasons: [...sorted.setAside, ...sorted.repaired].map((x) =>
							'why' in x ? `${x.name}: ${x.why}` : `${x.name}: ${x.what}`
						)
					})
				: raw;
			const kept = setItem(s, `${setAsideKey(key)}:${Date.now()}`, aside);
			if (!kept.ok) {
				blocked = true;
				return { ...sorted, problem: stuck };
			}
			const written = setItem(s, key, blob(sorted.kept));
			return { ...sorted, problem: written.ok ? '' : written.message };
		},
		peek() {
			const s = storage();
			if (!s || blocked) return null;
			const raw = rawOf(s);
			if (raw === null) return [];
			if (lastPeek?.raw === raw) return lastPeek.items;
			const list = parse(raw);
			if (!list.ok) return null;
			const sorted = sortRecords(kind, list.value, () => '');
			if (sorted.setAside.length || sorted.renumbered.length) return null;
			lastPeek = { raw, items: sorted.kept };
			return sorted.kept;
		},
		write(items) {
			if (blocked) return { ok: false, message: stuck };
			for (const item of items) {
				const checked = checkRecord(kind, item);
				if (!checked.ok) return checked;
			}
			const s = storage();
			if (!s) return { ok: false, message: disabled };
			const raw = blob(items);
			const written = setItem(s, key, raw);
			if (written.ok) lastPeek = { raw, items: [...items] };
			return written;
		},
		clear() {
			const s = storage();
			if (!s) return { ok: false, message: disabled };
			try {
				for (const k of keys(s)) if (k === key || k.startsWith(`${key}:`)) s.removeItem(k);
				blocked = false;
				return { ok: true, value: null };
			} catch {
				return { ok: false, message: disabled };
			}
		},
		setAside() {
			const s = storage();
			if (!s) return [];
			const prefix = setAsideKey(key);
			const found = keys(s)
				.filter((k) => k.startsWith(prefix))
				.map((k) => ({ key: k, text: s.getItem(k) ?? '' }));
			const raw = blocked ? rawOf(s) : null;
			return raw === null ? found : [...found, { key, text: raw }];
		},
		dropSetAside() {
			const s = storage();
			if (!s) return;
			const prefix = setAsideKey(key);
			for (const k of keys(s)) if (k.startsWith(prefix)) s.removeItem(k);
		},
		release() {
			blocked = false;
		}
	};
}
