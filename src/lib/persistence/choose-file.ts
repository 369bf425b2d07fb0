/** Reading the file a person picked in an <input type="file">, checked before and after. */
import type { Read } from '../read';

/**
 * The chosen file's text, checked by `size` (before reading, so a huge file is
 * never read) and then by `read`. Null when nothing was chosen. The input is
 * cleared, so choosing the same file again after fixing it still counts.
 */
export async function readChosenFile<T>(
	event: Event,
	size: (bytes: number) => Read<null>,
	read: (text: string) => Read<T>
): Promise<Read<T> | null> {
	const input = event.currentTarget as HTMLInputElement;
	const file = input.files?.[0];
	input.value = '';
	if (!file) return null;
	const fits = size(file.size);
	return fits.ok ? read(await file.text()) : fits;
}
