/**
 * The self-assessment, as it is saved in the browser and exported: one schema,
 * versioned, so that an old file or a file from another tool is recognised and
 * explained rather than half-read.
 */
import { z } from '../zod';
import { readExportFile } from '../persistence/export-file';
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

const id = z.string().min(1).max(100);
const isoDateTime = z.iso.datetime({ offset: true });

export const ratingSchema = z.object({
	value: z.number().int().min(0).max(3),
	note: z.string().max(5000).default(''),
	evidence: z.array(z.string().max(2000)).max(50).default([]),
	/** The target-level descriptor as it read when rated, to spot rewording later. */
	seenText: z.string().max(2000).default('')
});

export const planItemSchema = z.object({
	id,
	capability: id,
	action: z.string().max(2000),
	due: z.union([z.iso.date(), z.literal('')]),
	evidence: z.string().max(2000)
});

export const assessmentSchema = z.object({
	id,
	name: z.string().min(1).max(200),
	createdAt: isoDateTime,
	updatedAt: isoDateTime,
	frameworkVersion: z.string().min(1).max(100),
	professionGroup: id,
	currentLevel: id,
	targetLevel: id,
	ratings: z.record(id, ratingSchema),
	plan: z.array(planItemSchema).max(500).default([])
});

export const assessmentFileSchema = z.object({
	format: z.literal(FILE_FORMAT),
	formatVersion: z.literal(FILE_FORMAT_VERSION),
	exportedAt: isoDateTime,
	frameworkVersion: z.string(),
	assessments: z.array(assessmentSchema).max(200)
});

export type Rating = z.infer<typeof ratingSchema>;
export type PlanItem = z.infer<typeof planItemSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

export type { Read };

/** Read a JSON export (the text of a file). Never throws. */
export function readAssessmentFile(text: string): Read<AssessmentFile> {
	return readExportFile(text, {
		format: FILE_FORMAT,
		formatVersion: FILE_FORMAT_VERSION,
		schema: assessmentFileSchema,
		notJson:
			'This file is not a saved self-assessment: it is not valid JSON. Choose the .json file you exported from the ACCEND explorer.',
		notOurs:
			'This file was not exported by the ACCEND explorer, so it cannot be imported. Choose a file whose name starts with "accend-self-assessment".',
		kept: 'saved assessments'
	});
}

/** The export of some assessments, stamped with the framework version and time. */
export function writeAssessmentFile(
	assessments: Assessment[],
	frameworkVersion: string,
	now = new Date()
): AssessmentFile {
	return {
		format: FILE_FORMAT,
		formatVersion: FILE_FORMAT_VERSION,
		exportedAt: now.toISOString(),
		frameworkVersion,
		assessments
	};
}
