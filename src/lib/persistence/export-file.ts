/**
 * Reading a file this explorer exported (self-assessments, curriculum maps):
 * JSON that names its format and version. Anything else is explained in words
 * a person can act on, never half-read.
 */
import type { z } from 'zod';
import type { Read } from '../read';

export interface ExportFileOptions<T> {
	format: string;
	formatVersion: number;
	schema: z.ZodType<T>;
	/** Said when the text is not JSON at all. */
	notJson: string;
	/** Said when the JSON is not this kind of file. */
	notOurs: string;
	/** What stays unchanged when a damaged file is refused: "saved assessments". */
	kept: string;
}

/** Read the text of an exported file. Never throws. */
export function readExportFile<T>(text: string, options: ExportFileOptions<T>): Read<T> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, message: options.notJson };
	}
	if ((json as { format?: unknown } | null)?.format !== options.format) {
		return { ok: false, message: options.notOurs };
	}
	const version = (json as { formatVersion?: unknown }).formatVersion;
	if (typeof version === 'number' && version > options.formatVersion) {
		return {
			ok: false,
			message: `This file comes from a newer version of the explorer (format ${version}). Use the latest explorer to open it.`
		};
	}
	const parsed = options.schema.safeParse(json);
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		const where = first ? first.path.join(' › ') : '';
		return {
			ok: false,
			message: `This file is damaged or has been edited, so nothing was imported${where ? ` (problem at ${where})` : ''}. Your ${options.kept} are unchanged.`
		};
	}
	return { ok: true, value: parsed.data };
}
