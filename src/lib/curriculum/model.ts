/**
 * A curriculum as it is saved in the browser and exported: a programme of
 * modules, each with learning outcomes, and the capability links an educator
 * accepted. One schema, versioned like the self-assessment file.
 */
import { zm as z } from '../zod';
import type { SavedKind } from '../persistence/saved-kind';
import { MAX_TEXT_FILE_BYTES } from './text-file';

/** Names this tool's files, so a file from another tool is told apart at once. */
export const CURRICULUM_FORMAT = 'accend-explorer-curricula';
/** Bump when the saved shape changes, and teach `readCurriculumFile` the old one. */
export const CURRICULUM_FORMAT_VERSION = 2;

/** Longest learning outcome kept; longer text is cut, and the import says so. */
export const MAX_OUTCOME_CHARS = 2000;
/** Most outcomes one curriculum holds: far beyond any programme, small enough to stay quick. */
export const MAX_OUTCOMES = 2000;
/** Most modules in one curriculum: far beyond any programme. */
export const MAX_MODULES = 500;
/** Most capability links on one outcome. */
export const MAX_LINKS = 100;
/** Longest module title, curriculum name and provider. */
export const MAX_TITLE_CHARS = 300;
/** Longest module or outcome code. */
export const MAX_CODE_CHARS = 50;
/** Most declared levels: the framework has seven, so more is a broken file. */
export const MAX_LEVELS = 20;
/** Most curricula in one file. */
export const MAX_FILE_CURRICULA = 100;

const id = z.string().check(z.minLength(1), z.maxLength(100));
const isoDateTime = z.iso.datetime({ offset: true });
/** Text of at most `max` characters, empty when missing. */
const text = (max: number) => z._default(z.string().check(z.maxLength(max)), '');
/** A required text of 1 to `max` characters. */
const named = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** A list of at most `max` items, empty when missing. */
const list = <T extends z.ZodMiniType>(item: T, max: number) =>
	z._default(z.array(item).check(z.maxLength(max)), []);

export const linkSchema = z.object({ capability: id, level: id });

export const outcomeSchema = z.object({
	id,
	code: text(MAX_CODE_CHARS),
	text: named(MAX_OUTCOME_CHARS),
	links: list(linkSchema, MAX_LINKS),
	/** Suggestions the educator turned down, so they are not offered again. */
	rejected: list(id, 200)
});

export const moduleSchema = z.object({
	id,
	code: text(MAX_CODE_CHARS),
	title: named(MAX_TITLE_CHARS),
	outcomes: z.array(outcomeSchema).check(z.maxLength(MAX_OUTCOMES))
});

export const curriculumSchema = z.object({
	id,
	name: named(MAX_TITLE_CHARS),
	provider: text(MAX_TITLE_CHARS),
	/** The levels of practice the programme prepares people for: suggestions propose them, gaps count only there. */
	levels: list(id, MAX_LEVELS),
	createdAt: isoDateTime,
	updatedAt: isoDateTime,
	/** Each saved change counts up, so two copies of one curriculum can be told apart. */
	revision: z._default(z.int().check(z.minimum(1)), 1),
	frameworkVersion: named(100),
	modules: z.array(moduleSchema).check(z.maxLength(MAX_MODULES))
});

/**
 * Format 1 held one optional `level` ('' for none); format 2 holds `levels`.
 * upgradeFromV1({ level: 'enhanced', … }) → { levels: ['enhanced'], … }
 */
export function upgradeFromV1(record: unknown): unknown {
	if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
	const { level, ...rest } = record as Record<string, unknown>;
	if ('levels' in rest) return rest;
	return { ...rest, levels: typeof level === 'string' && level !== '' ? [level] : [] };
}

export type CapabilityLink = z.infer<typeof linkSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type Curriculum = z.infer<typeof curriculumSchema>;

/**
 * Curricula as a kind of saved work (stored, checked, exported and imported the same way), for a
 * site whose storage keys and file names start with its framework's `prefix` ("accend"). The
 * site takes its own from curriculum/storage.ts, which knows the framework it was built from.
 */
export const curriculumKindFor = (prefix: string): SavedKind<Curriculum> => ({
	format: CURRICULUM_FORMAT,
	formatVersion: CURRICULUM_FORMAT_VERSION,
	field: 'curricula',
	storageKey: `${prefix}-explorer:curricula`,
	noun: { one: 'curriculum', many: 'curricula' },
	whatIsLost: 'your curricula and mappings',
	record: curriculumSchema,
	maxRecords: MAX_FILE_CURRICULA,
	maxFileBytes: MAX_TEXT_FILE_BYTES,
	labels: {
		name: 'The curriculum name',
		provider: 'The provider',
		levels: 'The programme levels',
		modules: 'The list of modules',
		title: 'A module title',
		outcomes: 'A module’s list of outcomes',
		text: 'A learning outcome',
		code: 'A code',
		links: 'An outcome’s capability links',
		rejected: 'An outcome’s turned-down suggestions'
	},
	upgrade: { 1: upgradeFromV1 },
	fileHint: `Choose the .json file you exported from curriculum mapping: its name starts with “${prefix}-curriculum”. To bring in learning outcomes from a spreadsheet, use “Import a CSV” instead.`
});

/** The kind as ACCEND's site keeps it, for scripts and tests that run outside a build. */
export const curriculumKind = curriculumKindFor('accend');
