/** Where curricula are kept: the browser's localStorage, through the shared local store. */
import { createLocalStore, type LocalStore } from '../persistence/local-store';
import { CURRICULUM_FORMAT_VERSION, curriculumSchema, type Curriculum } from './model';

export const CURRICULUM_STORAGE_KEY = 'accend-explorer:curricula';

export function createCurriculumStore(getStorage: () => Storage | null): LocalStore<Curriculum> {
	return createLocalStore(
		{
			key: CURRICULUM_STORAGE_KEY,
			formatVersion: CURRICULUM_FORMAT_VERSION,
			noun: 'curricula',
			field: 'curricula',
			whatIsLost: 'your curricula and mappings',
			item: curriculumSchema
		},
		getStorage
	);
}
