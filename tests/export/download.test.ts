// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { dateStamp, download } from '../../src/lib/export/download';

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

test('offers the content as a file of that name and frees it afterwards', async () => {
	vi.useFakeTimers();
	const blobs: Blob[] = [];
	URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:made'));
	URL.revokeObjectURL = vi.fn();
	const clicked: HTMLAnchorElement[] = [];
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		clicked.push(this);
	});
	download('plan.csv', 'a,b\r\n', 'text/csv');
	expect(clicked).toHaveLength(1);
	expect(clicked[0]!.download).toBe('plan.csv');
	expect(clicked[0]!.href).toBe('blob:made');
	expect(blobs[0]!.type).toBe('text/csv');
	expect(await blobs[0]!.text()).toBe('a,b\r\n');
	expect(URL.revokeObjectURL).not.toHaveBeenCalled();
	vi.runAllTimers();
	expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:made');
});

test('dateStamp is the day in YYYY-MM-DD for file names', () => {
	expect(dateStamp(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
});
