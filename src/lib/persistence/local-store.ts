/**
 * A list of records kept in the browser's localStorage under one key, behind
 * one small interface. Storage that is disabled, full or holding unreadable
 * data is reported in plain words, and unreadable data is set aside under
 * `<key>:unreadable:<time>`, never overwritten.
 */
import { z } from '../zod';
import type { Read } from '../read';

export interface LocalStore<T> {
	read(): Read<T[]>;
	write(items: T[]): Read<null>;
	/** Remove every key this store owns, set-aside copies included. */
	clear(): Read<null>;
}

export interface LocalStoreOptions<T> {
	key: string;
	formatVersion: number;
	/** What the records are called in messages, plural: "assessments", "curricula". */
	noun: string;
	/** The property holding the list in the saved JSON; fixed once data has been saved with it. */
	field: string;
	/** What a person loses when nothing can be saved: "your ratings". */
	whatIsLost: string;
	item: z.ZodType<T>;
}

/** Where unreadable saved data under `key` is moved before anything new is written. */
export const setAsideKey = (key: string) => `${key}:unreadable`;

/** A store over a Storage (localStorage), or one that reports storage as unavailable. */
export function createLocalStore<T>(
	options: LocalStoreOptions<T>,
	getStorage: () => Storage | null
): LocalStore<T> {
	const { key, formatVersion, noun, whatIsLost, field } = options;
	const savedSchema = z.object({
		formatVersion: z.literal(formatVersion),
		[field]: z.array(options.item)
	});
	const disabled = `Your browser is not letting this site save anything, so ${whatIsLost} will be lost when you close the page. Export them as a file to keep them, or allow site data for this site.`;
	const full = `Your browser’s storage for this site is full, so the latest change was not saved. Export your ${noun} as a file, then delete older ones.`;
	const storage = (): Storage | null => {
		try {
			return getStorage();
		} catch {
			return null;
		}
	};
	return {
		read() {
			const s = storage();
			if (!s) return { ok: false, message: disabled };
			let raw: string | null;
			try {
				raw = s.getItem(key);
			} catch {
				return { ok: false, message: disabled };
			}
			if (raw === null) return { ok: true, value: [] };
			let json: unknown;
			try {
				json = JSON.parse(raw);
			} catch {
				json = undefined;
			}
			const parsed = savedSchema.safeParse(json);
			if (parsed.success) return { ok: true, value: parsed.data[field] as T[] };
			try {
				s.setItem(`${setAsideKey(key)}:${Date.now()}`, raw);
				s.removeItem(key);
			} catch {
				return {
					ok: false,
					message: `Saved ${noun} in this browser could not be read, and there was no room to set them aside. Nothing was deleted.`
				};
			}
			return {
				ok: false,
				message: `Saved ${noun} in this browser could not be read (the data is damaged). They have been set aside, not deleted, and you can start afresh.`
			};
		},
		write(items) {
			const s = storage();
			if (!s) return { ok: false, message: disabled };
			try {
				s.setItem(key, JSON.stringify({ formatVersion, [field]: items }));
				return { ok: true, value: null };
			} catch (error) {
				const isFull =
					error instanceof DOMException &&
					(error.name === 'QuotaExceededError' || error.code === 22);
				return { ok: false, message: isFull ? full : disabled };
			}
		},
		clear() {
			const s = storage();
			if (!s) return { ok: false, message: disabled };
			try {
				const keys = Array.from({ length: s.length }, (_, i) => s.key(i) ?? '');
				for (const k of keys) if (k === key || k.startsWith(`${key}:`)) s.removeItem(k);
				return { ok: true, value: null };
			} catch {
				return { ok: false, message: disabled };
			}
		}
	};
}
