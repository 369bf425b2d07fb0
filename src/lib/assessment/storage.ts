/**
 * Where assessments are kept: the browser's localStorage, through the shared
 * local store (which reports disabled, full and damaged storage in plain words).
 */
import { createLocalStore, setAsideKey, type LocalStore } from '../persistence/local-store';
import { assessmentSchema, FILE_FORMAT_VERSION, type Assessment } from './model';

export const STORAGE_KEY = 'accend-explorer:assessments';
/** Where unreadable saved data is moved before anything new is written. */
export const SET_ASIDE_KEY = setAsideKey(STORAGE_KEY);

export type AssessmentStore = LocalStore<Assessment>;

/** The assessment store over a Storage (localStorage), or one that reports storage as unavailable. */
export function createStore(getStorage: () => Storage | null): AssessmentStore {
	return createLocalStore(
		{
			key: STORAGE_KEY,
			formatVersion: FILE_FORMAT_VERSION,
			noun: 'assessments',
			field: 'assessments',
			whatIsLost: 'your ratings',
			item: assessmentSchema
		},
		getStorage
	);
}
