/**
 * UI state of curriculum mapping: the saved curricula, the open one, and a
 * suggester built once for the framework. Every change is stamped (time and
 * revision), checked against the limits and saved at once.
 */
import type { CurriculumData } from '$lib/curriculum/data';
import { createCurriculum, stamped, type CurriculumChoice } from '$lib/curriculum/edit';
import type { Curriculum } from '$lib/curriculum/model';
import { createSuggester, type Suggester } from '$lib/curriculum/suggest';
import type { LocalStore } from '$lib/persistence/local-store';
import type { Read } from '$lib/read';
import { newId, SavedList } from './saved-list.svelte';

export class CurriculumState extends SavedList<Curriculum> {
	readonly suggester: Suggester;

	constructor(
		readonly data: CurriculumData,
		store: LocalStore<Curriculum>
	) {
		super(store);
		this.suggester = createSuggester(data);
	}

	/** Start a new curriculum. */
	create(choice: CurriculumChoice) {
		return this.add(createCurriculum(this.data, choice, newId()));
	}

	/** Apply a change to the open curriculum, stamp it and save; refused when it breaks a limit. */
	override update(change: (c: Curriculum) => Curriculum): Read<null> {
		return super.update((c) => stamped(change(c)));
	}
}
