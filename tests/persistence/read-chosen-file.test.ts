// @vitest-environment jsdom
import { expect, test, vi } from 'vitest';
import { asText, readChosenFile } from '../../src/lib/persistence/read-chosen-file';
import type { Read } from '../../src/lib/read';

/** An <input type="file"> holding `files`, and the change event a person's choice fires on it. */
function chose(files: File[]): { event: Event; input: HTMLInputElement } {
	const input = document.createElement('input');
	input.type = 'file';
	Object.defineProperty(input, 'files', { value: files, configurable: true });
	Object.defineProperty(input, 'value', { value: 'C:\\fakepath\\x', writable: true });
	const event = new Event('change');
	Object.defineProperty(event, 'currentTarget', { value: input });
	return { event, input };
}

const underTen = (bytes: number): Read<null> =>
	bytes < 10 ? { ok: true, value: null } : { ok: false, message: 'The file is too big.' };
const upper = asText((text) => ({ ok: true, value: text.toUpperCase() }));

test('a file that fits is read, and the input is cleared so the same file can be chosen again', async () => {
	const { event, input } = chose([new File(['hello'], 'a.txt')]);
	expect(await readChosenFile(event, underTen, upper)).toEqual({ ok: true, value: 'HELLO' });
	expect(input.value).toBe('');
});

test('a file that is too big is refused before it is read', async () => {
	const read = vi.fn(upper);
	const { event } = chose([new File(['far too long'], 'b.txt')]);
	expect(await readChosenFile(event, underTen, read)).toEqual({
		ok: false,
		message: 'The file is too big.'
	});
	expect(read).not.toHaveBeenCalled();
});

test('nothing chosen (the dialog cancelled) is null, not an error', async () => {
	const { event } = chose([]);
	expect(await readChosenFile(event, underTen, upper)).toBeNull();
});
