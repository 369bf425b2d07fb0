/** Where curricula are kept: the browser's localStorage, through the shared local store. */
import { createLocalStore, type LocalStore } from '../persistence/local-store';
import { FILE_PREFIX } from '../site-name';
import { curriculumKindFor, type Curriculum } from './model';

/** Curricula as this site keeps them: keys and file names start with its framework's name. */
export const curriculumKind = curriculumKindFor(FILE_PREFIX);
/** "accend-explorer:curricula" on ACCEND's site; another framework's site keeps its own. */
export const CURRICULUM_STORAGE_KEY = curriculumKind.storageKey;

/** The curriculum store over a Storage (localStorage), or one that reports storage as unavailable. */
export function createCurriculumStore(getStorage: () => Storage | null): LocalStore<Curriculum> {
	return createLocalStore(curriculumKind, getStorage);
}
