/**
 * The self-assessment, as it is saved in the browser and exported: one schema,
 * versioned, so that an old file or a file from another tool is recognised and
 * explained rather than half-read.
 */
import { zm as z } from '../zod';
import type { SavedKind } from '../persistence/saved-kind';
import type { Read } from '../read';

/** Names this tool's files, so a file from another tool is told apart at once. */
export const FILE_FORMAT = 'accend-explorer-assessments';
/** Bump when the saved shape changes, and teach `readAssessmentFile` the old one. */
export const FILE_FORMAT_VERSION = 1;

/** The four-point scale, lowest first. Its values are what files store. */
export const RATING_SCALE = [
	{ value: 0, label: 'Not yet', hint: 'I have not done this yet, or only seen it done.' },
	{ value: 1, label: 'Developing', hint: 'I do this with support and am building confidence.' },
	{ value: 2, label: 'Confident', hint: 'I do this on my own, safely and consistently.' },
	{ value: 3, label: 'Could teach others', hint: 'I do this well and help others learn it.' }
] as const;

/** The rating that means "meets the target level". */
export const TARGET_RATING = 2;

/** Longest private note: a page of reflection, far more than a card needs. */
export const MAX_NOTE_CHARS = 5000;
/** Most evidence links on one rating, and the longest one. */
export const MAX_EVIDENCE_ITEMS = 50;
export const MAX_EVIDENCE_CHARS = 2000;
/** Longest plan text ("What I will do", "Evidence to gather"). */
export const MAX_PLAN_CHARS = 2000;
/** Longest assessment name. */
export const MAX_NAME_CHARS = 200;
/** Most plan items in one assessment. */
export const MAX_PLAN_ITEMS = 500;
/** Most assessments in one file. */
export const MAX_FILE_ASSESSMENTS = 200;
/** Larger files are not self-assessments: refuse before reading them. */
export const MAX_IMPORT_BYTES = 5_000_000;

const id = z.string().check(z.minLength(1), z.maxLength(100));
const isoDateTime = z.iso.datetime({ offset: true });
/** Text of at most `max` characters, empty when missing. */
const text = (max: number) => z._default(z.string().check(z.maxLength(max)), '');

export const ratingSchema = z.object({
	value: z.int().check(z.minimum(0), z.maximum(3)),
	note: text(MAX_NOTE_CHARS),
	evidence: z._default(
		z
			.array(z.string().check(z.maxLength(MAX_EVIDENCE_CHARS)))
			.check(z.maxLength(MAX_EVIDENCE_ITEMS)),
		[]
	),
	/** The target-level descriptor as it read when rated, to spot rewording later. */
	seenText: text(2000)
});

/** A plan date: a real calendar date with a four-digit year, or none. */
export const planDateSchema = z.union([z.iso.date(), z.literal('')]);

export const planItemSchema = z.object({
	id,
	capability: id,
	action: text(MAX_PLAN_CHARS),
	// A date that cannot be read is dropped on repair (it comes back empty), not the whole item.
	due: z._default(planDateSchema, ''),
	evidence: text(MAX_PLAN_CHARS)
});

export const assessmentSchema = z.object({
	id,
	name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_CHARS)),
	createdAt: isoDateTime,
	updatedAt: isoDateTime,
	frameworkVersion: z.string().check(z.minLength(1), z.maxLength(100)),
	professionGroup: id,
	currentLevel: id,
	targetLevel: id,
	/** By capability id; ratings of capabilities an update removed are kept ("from an earlier version"). */
	ratings: z.record(id, ratingSchema),
	plan: z._default(z.array(planItemSchema).check(z.maxLength(MAX_PLAN_ITEMS)), [])
});

export type Rating = z.infer<typeof ratingSchema>;
export type PlanItem = z.infer<typeof planItemSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;

export type { Read };

/**
 * Self-assessments as a kind of saved work (stored, checked, exported and imported the same way),
 * for a site whose storage keys and file names start with its framework's `prefix` ("accend").
 * The site takes its own from assessment/storage.ts, which knows the framework it was built from.
 */
export const assessmentKindFor = (prefix: string): SavedKind<Assessment> => ({
	format: FILE_FORMAT,
	formatVersion: FILE_FORMAT_VERSION,
	field: 'assessments',
	storageKey: `${prefix}-explorer:assessments`,
	noun: { one: 'assessment', many: 'assessments' },
	whatIsLost: 'your ratings',
	record: assessmentSchema,
	maxRecords: MAX_FILE_ASSESSMENTS,
	maxFileBytes: MAX_IMPORT_BYTES,
	labels: {
		name: 'The name',
		note: 'A private note',
		evidence: 'Evidence links',
		seenText: 'The remembered descriptor',
		action: '“What I will do”',
		due: 'The date in the plan',
		plan: 'The action plan',
		ratings: 'A rating',
		currentLevel: 'The current level',
		targetLevel: 'The target level',
		professionGroup: 'The profession group'
	},
	fileHint: `Choose the .json file you exported from the self-assessment: its name starts with “${prefix}-self-assessment”.`
});

/** The kind as ACCEND's site keeps it, for scripts and tests that run outside a build. */
export const assessmentKind = assessmentKindFor('accend');
