/**
 * One definition of a kind of saved work (self-assessments, curriculum maps):
 * its file format and version, its record schema and limits, its storage key,
 * and the one way records are checked, repaired, read from a file and written
 * to one. Both tools, their storage and their imports go through this module,
 * so a record that is written can always be read back.
 */
import type { z } from 'zod';
import type { Read } from '../read';
import { zm } from '../zod';

/** What every saved record has: an id, a name a person recognises, and when it last changed. */
export interface SavedRecord {
	id: string;
	name: string;
	updatedAt: string;
}

export interface SavedKind<T extends SavedRecord> {
	/** Names this kind's files, so a file from another tool is told apart at once. */
	format: string;
	/** Bump when the saved shape changes, and add the step to `upgrade`. */
	formatVersion: number;
	/** The property holding the list in saved JSON; fixed once data has been saved with it. */
	field: string;
	/** localStorage key of the saved list. */
	storageKey: string;
	noun: { one: string; many: string };
	/** What a person loses when nothing can be saved: "your ratings". */
	whatIsLost: string;
	/** The record's schema, in either zod build (the browser's are written with the mini one). */
	record: z.core.$ZodType<T>;
	/** Most records one file may hold. */
	maxRecords: number;
	/** Larger files are refused before they are read. */
	maxFileBytes: number;
	/** Words for a field, by its name in the record ("note" → "A private note"). */
	labels: Record<string, string>;
	/** How to recognise this kind's files, said when the wrong file is chosen. */
	fileHint: string;
	/** Older saved shapes carried to the current one, by the format version they came from. */
	upgrade?: Record<number, (record: unknown) => unknown>;
}

/** A record that could not be read, named as the person would know it, and why. */
export interface SetAsideRecord {
	name: string;
	why: string;
	raw: unknown;
}

/** Every record of a saved list or a file, sorted into kept, repaired and set aside. */
export interface SortedRecords<T> {
	kept: T[];
	/** Records kept after a repair, with what was changed; their originals are set aside too. */
	repaired: { name: string; what: string; raw: unknown }[];
	setAside: SetAsideRecord[];
	/** Records that shared an id with an earlier one and were given a new id. */
	renumbered: string[];
}

/** Most repair rounds for one record: each fixes at least one problem, and no record has more. */
const MAX_REPAIR_ROUNDS = 60;

const count = (n: number) => n.toLocaleString('en-GB');

/** The words for a record's field at `path`, from the kind's labels (the nearest named part). */
function labelOf(kind: SavedKind<SavedRecord>, path: readonly PropertyKey[]): string {
	for (let i = path.length - 1; i >= 0; i--) {
		const label = kind.labels[String(path[i])];
		if (label) return label;
	}
	return `A part of the ${kind.noun.one}`;
}

/** One zod problem in a sentence a person can act on: "A private note must be 5,000 characters or fewer". */
export function describeProblem(kind: SavedKind<SavedRecord>, issue: z.core.$ZodIssue): string {
	const label = labelOf(kind, issue.path);
	if (issue.code === 'too_big' && issue.origin === 'string')
		return `${label} must be ${count(Number(issue.maximum))} characters or fewer`;
	if (issue.code === 'too_big' && issue.origin === 'array')
		return `${label} can hold at most ${count(Number(issue.maximum))}`;
	if (issue.code === 'too_small' && issue.origin === 'string') return `${label} must not be empty`;
	return `${label} is not in a form this version can read`;
}

/** Check a record before it is written, with the same schema used to read it back. */
export function checkRecord<T extends SavedRecord>(kind: SavedKind<T>, value: unknown): Read<T> {
	const parsed = zm.safeParse(kind.record, value);
	if (parsed.success) return { ok: true, value: parsed.data };
	const first = parsed.error.issues[0];
	const problem = first
		? describeProblem(kind as SavedKind<SavedRecord>, first)
		: 'It is not valid';
	return { ok: false, message: `${problem}, so that change was not saved.` };
}

/** The name a person would know a raw record by, or its place in the list. */
export function nameOf(kind: SavedKind<SavedRecord>, raw: unknown, index: number): string {
	const name = (raw as { name?: unknown } | null)?.name;
	return typeof name === 'string' && name.trim()
		? `“${name.trim().slice(0, 80)}”`
		: `${kind.noun.one} number ${index + 1}`;
}

type Container = Record<string, unknown> | unknown[];

function containerAt(root: unknown, path: readonly PropertyKey[]): Container | null {
	let at: unknown = root;
	for (const key of path) {
		if (at === null || typeof at !== 'object') return null;
		at = (at as Record<string, unknown>)[key as string];
	}
	return at !== null && typeof at === 'object' ? (at as Container) : null;
}

/** Remove the value at `path` (an array item is spliced out). False when there is nothing to remove. */
function removeAt(root: unknown, path: readonly PropertyKey[]): boolean {
	const parent = containerAt(root, path.slice(0, -1));
	const key = path[path.length - 1];
	if (!parent || key === undefined) return false;
	if (Array.isArray(parent)) {
		const i = Number(key);
		if (!(i in parent)) return false;
		parent.splice(i, 1);
		return true;
	}
	if (!Object.hasOwn(parent, key as string)) return false;
	delete parent[key as string];
	return true;
}

/** Cut a too-long text or list at `path` to its limit. False when it is neither. */
function clampAt(root: unknown, path: readonly PropertyKey[], max: number): boolean {
	const parent = containerAt(root, path.slice(0, -1));
	const key = path[path.length - 1] as string | undefined;
	if (!parent || key === undefined) return false;
	const value = (parent as Record<string, unknown>)[key];
	if (typeof value === 'string' || Array.isArray(value)) {
		(parent as Record<string, unknown>)[key] = value.slice(0, max);
		return true;
	}
	return false;
}

/**
 * Repair a record the schema refuses: cut over-long text and lists to their limit, and drop
 * the one part that cannot be read (a field with a default comes back empty; an item leaves
 * its list). Returns what changed in words, or why the record cannot be repaired.
 */
export function repairRecord<T extends SavedRecord>(
	kind: SavedKind<T>,
	raw: unknown
): { ok: true; value: T; what: string[] } | { ok: false; why: string } {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
		return { ok: false, why: `it is not a ${kind.noun.one}` };
	let work: unknown;
	try {
		work = structuredClone(raw);
	} catch {
		return { ok: false, why: `it is not a ${kind.noun.one}` };
	}
	const what: string[] = [];
	let firstProblem = '';
	for (let round = 0; round < MAX_REPAIR_ROUNDS; round++) {
		const parsed = zm.safeParse(kind.record, work);
		if (parsed.success) return { ok: true, value: parsed.data, what };
		const issue = parsed.error.issues[0]!;
		const said = describeProblem(kind as SavedKind<SavedRecord>, issue);
		firstProblem ||= said;
		const path = issue.path;
		if (issue.code === 'too_big' && clampAt(work, path, Number(issue.maximum))) {
			what.push(`${said}: the rest was cut`);
			continue;
		}
		// Drop the bad part; when it is a required field, drop what holds it instead (a plan item).
		let dropped = false;
		for (let depth = path.length; depth >= 2 && !dropped; depth--) {
			dropped = removeAt(work, path.slice(0, depth));
		}
		if (!dropped && path.length === 1 && issue.code !== 'invalid_type')
			dropped = removeAt(work, path);
		if (!dropped) return { ok: false, why: firstProblem.toLowerCase() };
		what.push(`${said}: it was left out`);
	}
	return { ok: false, why: firstProblem.toLowerCase() };
}

/** Sort raw records into kept (as they are or repaired) and set aside, each with its reason. */
export function sortRecords<T extends SavedRecord>(
	kind: SavedKind<T>,
	raws: readonly unknown[],
	makeId: () => string
): SortedRecords<T> {
	const out: SortedRecords<T> = { kept: [], repaired: [], setAside: [], renumbered: [] };
	const ids = new Set<string>();
	raws.forEach((raw, i) => {
		const name = nameOf(kind as SavedKind<SavedRecord>, raw, i);
		const parsed = zm.safeParse(kind.record, raw);
		let value: T;
		if (parsed.success) value = parsed.data;
		else {
			const repaired = repairRecord(kind, raw);
			if (!repaired.ok) {
				out.setAside.push({ name, why: repaired.why, raw });
				return;
			}
			value = repaired.value;
			out.repaired.push({ name, what: repaired.what.join('; '), raw });
		}
		if (ids.has(value.id)) {
			value = { ...value, id: makeId() };
			out.renumbered.push(name);
		}
		ids.add(value.id);
		out.kept.push(value);
	});
	return out;
}

/** The records in saved JSON of this kind (a stored list or an exported file), upgraded. */
export function recordsOf(kind: SavedKind<SavedRecord>, json: unknown): Read<unknown[]> {
	const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
	const list = (json as Record<string, unknown> | null)?.[kind.field];
	if (typeof version !== 'number' || !Array.isArray(list))
		return { ok: false, message: `it does not hold a list of ${kind.noun.many}` };
	if (version > kind.formatVersion)
		return {
			ok: false,
			message: `it comes from a newer version of the explorer (format ${version}). Use the latest explorer to open it`
		};
	let records: unknown[] = list;
	for (let v = version; v < kind.formatVersion; v++) {
		const step = kind.upgrade?.[v];
		if (!step) return { ok: false, message: `its format ${version} is no longer read` };
		records = records.map(step);
	}
	return { ok: true, value: records };
}

/** An exported file of this kind, as read for the import preview. */
export interface FilePreview<T> extends SortedRecords<T> {
	exportedAt: string;
	frameworkVersion: string;
}

/** Read the text of an exported file for its preview. Never throws; never half-reads silently. */
export function readSavedFile<T extends SavedRecord>(
	kind: SavedKind<T>,
	text: string,
	frameworkId: string,
	makeId: () => string
): Read<FilePreview<T>> {
	const kept = `Your saved ${kind.noun.many} are unchanged.`;
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {
			ok: false,
			message: `This file is not a saved ${kind.noun.one} file: it is not valid JSON. ${kind.fileHint} ${kept}`
		};
	}
	const file = json as Record<string, unknown> | null;
	if (file?.format !== kind.format)
		return {
			ok: false,
			message: `This file was not exported by this tool, so it cannot be imported. ${kind.fileHint} ${kept}`
		};
	if (typeof file.frameworkId === 'string' && file.frameworkId !== frameworkId)
		return {
			ok: false,
			message: `This file was made with another framework (“${file.frameworkId.slice(0, 80)}”), so it cannot be imported here. ${kept}`
		};
	const records = recordsOf(kind as SavedKind<SavedRecord>, json);
	if (!records.ok)
		return { ok: false, message: `This file cannot be imported: ${records.message}. ${kept}` };
	if (records.value.length > kind.maxRecords)
		return {
			ok: false,
			message: `This file holds ${count(records.value.length)} ${kind.noun.many}, more than the ${count(kind.maxRecords)} one file may hold. ${kept}`
		};
	const sorted = sortRecords(kind, records.value, makeId);
	return {
		ok: true,
		value: {
			...sorted,
			exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt.slice(0, 40) : '',
			frameworkVersion:
				typeof file.frameworkVersion === 'string' ? file.frameworkVersion.slice(0, 100) : ''
		}
	};
}

/** The exported file of some records, stamped with the framework and the time. */
export function savedFile<T extends SavedRecord>(
	kind: SavedKind<T>,
	records: readonly T[],
	framework: { id: string; version: string },
	now = new Date()
) {
	return {
		format: kind.format,
		formatVersion: kind.formatVersion,
		exportedAt: now.toISOString(),
		frameworkId: framework.id,
		frameworkVersion: framework.version,
		[kind.field]: records
	};
}

/** Refuse a file by its size before it is read. */
export function checkSavedFileSize(kind: SavedKind<SavedRecord>, bytes: number): Read<null> {
	return bytes > kind.maxFileBytes
		? {
				ok: false,
				message: `That file is ${(bytes / 1e6).toFixed(1)} MB: too large to be saved ${kind.noun.many}. Nothing was imported.`
			}
		: { ok: true, value: null };
}
