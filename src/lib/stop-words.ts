/**
 * English words that carry no meaning of their own in a descriptor, a learning outcome or a
 * search: one list, shared by descriptor similarity, level comparison, outcome stems and search.
 */

/** Lower-case; a word in this set is skipped wherever text is compared or matched. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	'a an and the of to in on for with within by as at or is are be it its their them they this that from into who when'.split(
		' '
	)
);
