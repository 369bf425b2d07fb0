/** Reading the file a person picked in an <input type="file">, checked before and after. */
import type { Read } from '../read';

/**
 * The chosen file, checked by `size` (before reading, so a huge file is never
 * read) and then read by `read`. Null when nothing was chosen. The input is
 * cleared, so choosing the same file again after fixing it still counts.
 */
export async function readChosenFile<T>(
	event: Event,
	size: (bytes: number) => Read<null>,
	read: (file: File) => Promise<Read<T>>
): Promise<Read<T> | null> {
	const input = event.currentTarget as HTMLInputElement;
	const file = input.files?.[0];
	input.value = '';
	if (!file) return null;
	const fits = size(file.size);
	return fits.ok ? read(file) : fits;
}

/** A reader for readChosenFile that checks the file's text with `check`. */
export const asText =
	<T>(check: (text: string) => Read<T>) =>
	async (file: File) =>
		check(await file.text());
