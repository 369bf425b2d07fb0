/** A curriculum state on the ACCEND data, saved in memory, for mounting curriculum components. */
import { createCurriculumStore } from '../../../src/lib/curriculum/storage';
import type { CurriculumChoice } from '../../../src/lib/curriculum/edit';
import { CurriculumState, curriculumContext } from '../../../src/lib/state/curriculum.svelte';
import { readyData } from '../../../src/lib/state/deferred-data.svelte';
import { accendCurriculumData, accendCurriculumText } from '../../fixtures/accend';
import { memoryStorage } from '../../fixtures/memory-storage';

const data = accendCurriculumData();

/** A state with one new curriculum open, and the context to mount a component with it. */
export function openCurriculum(choice: CurriculumChoice = { name: 'BSc Cancer Care' }) {
	const storage = memoryStorage();
	const book = new CurriculumState(
		data,
		createCurriculumStore(() => storage),
		readyData(accendCurriculumText())
	);
	book.create(choice);
	return { book, context: curriculumContext(book) };
}
