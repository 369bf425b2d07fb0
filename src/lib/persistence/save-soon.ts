/**
 * Saving text as it is typed: each field's latest value is saved after a short
 * pause, and at once when the field is left or the page is hidden or closed,
 * so a note typed just before a reload is kept.
 */

/** Pause after the last key before saving: long enough not to save every key, short enough to feel instant. */
export const SAVE_DELAY_MS = 400;

const pending = new Map<
	string,
	{ save: () => void; timer: ReturnType<typeof setTimeout> | undefined }
>();
let listening = false;

/** Run every pending save now (the page is being hidden or closed). */
export function flushSaves() {
	for (const [key, job] of [...pending]) {
		clearTimeout(job.timer);
		pending.delete(key);
		job.save();
	}
}

/** Run the pending save of one field now (the field was left). */
export function flushSave(key: string) {
	const job = pending.get(key);
	if (!job) return;
	clearTimeout(job.timer);
	pending.delete(key);
	job.save();
}

function listen() {
	if (listening || typeof window === 'undefined') return;
	listening = true;
	window.addEventListener('pagehide', flushSaves);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') flushSaves();
	});
}

/**
 * Save a field's latest value after a pause; a newer value for the same key replaces it.
 * With `delay` null it waits for the field to be left or the page to be hidden (for text
 * that is tidied when saved, where saving mid-typing would move the cursor).
 */
export function saveSoon(key: string, save: () => void, delay: number | null = SAVE_DELAY_MS) {
	listen();
	const previous = pending.get(key);
	if (previous) clearTimeout(previous.timer);
	const timer =
		delay === null
			? undefined
			: setTimeout(() => {
					pending.delete(key);
					save();
				}, delay);
	pending.set(key, { save, timer });
}
