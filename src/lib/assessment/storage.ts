/**
 * Where assessments are kept: the browser's localStorage, through the shared
 * local store (which reports disabled and full storage in plain words, and sets
 * aside only the records it cannot read).
 */
import { createLocalStore, setAsideKey, type LocalStore } from '../persistence/local-store';
import { FILE_PREFIX } from '../site-name';
import { assessmentKindFor, type Assessment } from './model';

/** Self-assessments as this site keeps them: keys and file names start with its framework's name. */
export const assessmentKind = assessmentKindFor(FILE_PREFIX);
/** "accend-explorer:assessments" on ACCEND's site; another framework's site keeps its own. */
export const STORAGE_KEY = assessmentKind.storageKey;
/** Where unreadable saved data is moved before anything new is written. */
export const SET_ASIDE_KEY = setAsideKey(STORAGE_KEY);

export type AssessmentStore = LocalStore<Assessment>;

/** The assessment store over a Storage (localStorage), or one that reports storage as unavailable. */
export function createStore(getStorage: () => Storage | null): AssessmentStore {
	return createLocalStore(assessmentKind, getStorage);
}
