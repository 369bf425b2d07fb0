/** Where curricula are kept: the browser's localStorage, through the shared local store. */
import { createLocalStore, type LocalStore } from '../persistence/local-store';
import { curriculumKind, type Curriculum } from './model';

export const CURRICULUM_STORAGE_KEY = curriculumKind.storageKey;

/** The curriculum store over a Storage (localStorage), or one that reports storage as unavailable. */
export function createCurriculumStore(getStorage: () => Storage | null): LocalStore<Curriculum> {
	return createLocalStore(curriculumKind, getStorage);
}
