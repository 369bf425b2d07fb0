/**
 * Web Worker that reads an imported CSV file off the page's thread, so a
 * large file never freezes the page: it is given the File, and answers with
 * progress messages, then the result.
 */
import { readCsvBytes } from './csv-read';
import type { CsvWorkerMessage } from './read-csv-file';

const post = (message: CsvWorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<File>) => {
	try {
		const bytes = new Uint8Array(await event.data.arrayBuffer());
		post({
			type: 'done',
			result: readCsvBytes(bytes, (share) => post({ type: 'progress', share }))
		});
	} catch {
		post({
			type: 'done',
			result: { ok: false, message: 'That file could not be read. Nothing was imported.' }
		});
	}
};
