/**
 * Reading a chosen CSV file in a Web Worker, with progress, so the page stays
 * responsive while a large file is decoded and parsed. Where a worker cannot
 * run (an old browser, a test without one) the same reading runs on the page.
 */
import type { Read } from '../read';
import { readCsvBytes, type CsvRead } from './csv-read';

/** What the worker says: how far it has got, then the result. */
export type CsvWorkerMessage =
	{ type: 'progress'; share: number } | { type: 'done'; result: Read<CsvRead> };

/** Files this large or larger show progress; smaller ones read before anyone could see it. */
export const SHOW_PROGRESS_BYTES = 200_000;

/** Read a CSV file off the page's thread; `onProgress` hears the share done (0–1). */
export function readCsvFile(
	file: File,
	onProgress: (share: number) => void = () => {}
): Promise<Read<CsvRead>> {
	const onPage = async () => readCsvBytes(new Uint8Array(await file.arrayBuffer()), onProgress);
	if (typeof Worker === 'undefined') return onPage();
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
		} catch {
			return resolve(onPage());
		}
		worker.onmessage = (event: MessageEvent<CsvWorkerMessage>) => {
			if (event.data.type === 'progress') return onProgress(event.data.share);
			const result = event.data.result;
			worker.terminate();
			// Handed on in a task of its own: receiving 2 MB of rows and the page's work on them
			// would otherwise run as one long task.
			setTimeout(() => resolve(result), 0);
		};
		// A worker that cannot start (blocked, failed to load) leaves the reading to the page.
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			resolve(onPage());
		};
		worker.postMessage(file);
	});
}
