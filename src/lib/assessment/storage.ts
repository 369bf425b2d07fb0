/**
 * Where assessments are kept: the browser's localStorage, behind one small
 * interface. Storage that is disabled, full or holding unreadable data is
 * reported in plain words, and unreadable data is set aside, never overwritten.
 */
import { z } from 'zod';
import { assessmentSchema, FILE_FORMAT_VERSION, type Assessment, type Read } from './model';

export const STORAGE_KEY = 'accend-explorer:assessments';
/** Where unreadable saved data is moved before anything new is written. */
export const SET_ASIDE_KEY = `${STORAGE_KEY}:unreadable`;

const savedSchema = z.object({
	formatVersion: z.literal(FILE_FORMAT_VERSION),
	assessments: z.array(assessmentSchema)
});

export interface AssessmentStore {
	read(): Read<Assessment[]>;
	write(assessments: Assessment[]): Read<null>;
	clear(): Read<null>;
}

const DISABLED =
	'Your browser is not letting this site save anything, so your ratings will be lost when you close the page. Export them as a file to keep them, or allow site data for this site.';
const FULL =
	'Your browser’s storage for this site is full, so the latest change was not saved. Export your assessments as a file, then delete older ones.';

/** A store over a Storage (localStorage), or one that reports storage as unavailable. */
export function createStore(getStorage: () => Storage | null): AssessmentStore {
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
			if (!s) return { ok: false, message: DISABLED };
			let raw: string | null;
			try {
				raw = s.getItem(STORAGE_KEY);
			} catch {
				return { ok: false, message: DISABLED };
			}
			if (raw === null) return { ok: true, value: [] };
			let parsed: z.ZodSafeParseResult<z.infer<typeof savedSchema>>;
			try {
				parsed = savedSchema.safeParse(JSON.parse(raw));
			} catch {
				parsed = savedSchema.safeParse(undefined);
			}
			if (parsed.success) return { ok: true, value: parsed.data.assessments };
			try {
				s.setItem(`${SET_ASIDE_KEY}:${Date.now()}`, raw);
				s.removeItem(STORAGE_KEY);
			} catch {
				return {
					ok: false,
					message:
						'Saved assessments in this browser could not be read, and there was no room to set them aside. Nothing was deleted.'
				};
			}
			return {
				ok: false,
				message:
					'Saved assessments in this browser could not be read (the data is damaged). They have been set aside, not deleted, and you can start afresh.'
			};
		},
		write(assessments) {
			const s = storage();
			if (!s) return { ok: false, message: DISABLED };
			try {
				s.setItem(STORAGE_KEY, JSON.stringify({ formatVersion: FILE_FORMAT_VERSION, assessments }));
				return { ok: true, value: null };
			} catch (error) {
				const full =
					error instanceof DOMException &&
					(error.name === 'QuotaExceededError' || error.code === 22);
				return { ok: false, message: full ? FULL : DISABLED };
			}
		},
		clear() {
			const s = storage();
			if (!s) return { ok: false, message: DISABLED };
			try {
				const keys = Array.from({ length: s.length }, (_, i) => s.key(i) ?? '');
				for (const key of keys) if (key.startsWith(STORAGE_KEY)) s.removeItem(key);
				return { ok: true, value: null };
			} catch {
				return { ok: false, message: DISABLED };
			}
		}
	};
}
