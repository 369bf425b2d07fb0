/**
 * A curriculum as it is saved in the browser and exported: a programme of
 * modules, each with learning outcomes, and the capability links an educator
 * accepted. One schema, versioned like the self-assessment file.
 */
import { z } from '../zod';
import { readExportFile } from '../persistence/export-file';
import type { Read } from '../read';

/** Names this tool's files, so a file from another tool is told apart at once. */
export const CURRICULUM_FORMAT = 'accend-explorer-curricula';
/** Bump when the saved shape changes, and teach `readCurriculumFile` the old one. */
export const CURRICULUM_FORMAT_VERSION = 1;

/** Longest learning outcome kept; longer text is cut, and the import says so. */
export const MAX_OUTCOME_CHARS = 2000;
/** Most outcomes one curriculum holds: far beyond any programme, small enough to stay quick. */
export const MAX_OUTCOMES = 2000;

const id = z.string().min(1).max(100);
const isoDateTime = z.iso.datetime({ offset: true });

export const linkSchema = z.object({ capability: id, level: id });

export const outcomeSchema = z.object({
	id,
	code: z.string().max(50).default(''),
	text: z.string().min(1).max(MAX_OUTCOME_CHARS),
	links: z.array(linkSchema).max(100).default([]),
	/** Suggestions the educator turned down, so they are not offered again. */
	rejected: z.array(id).max(200).default([])
});

export const moduleSchema = z.object({
	id,
	code: z.string().max(50).default(''),
	title: z.string().min(1).max(300),
	outcomes: z.array(outcomeSchema).max(MAX_OUTCOMES)
});

export const curriculumSchema = z.object({
	id,
	name: z.string().min(1).max(300),
	provider: z.string().max(300).default(''),
	/** The level of practice the programme prepares people for; suggestions lean towards it. */
	level: z.union([id, z.literal('')]).default(''),
	createdAt: isoDateTime,
	updatedAt: isoDateTime,
	/** Each saved change counts up, so two copies of one curriculum can be told apart. */
	revision: z.number().int().min(1).default(1),
	frameworkVersion: z.string().min(1).max(100),
	modules: z.array(moduleSchema).max(500)
});

export const curriculumFileSchema = z.object({
	format: z.literal(CURRICULUM_FORMAT),
	formatVersion: z.literal(CURRICULUM_FORMAT_VERSION),
	exportedAt: isoDateTime,
	frameworkVersion: z.string(),
	curricula: z.array(curriculumSchema).max(100)
});

export type CapabilityLink = z.infer<typeof linkSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type Curriculum = z.infer<typeof curriculumSchema>;
export type CurriculumFile = z.infer<typeof curriculumFileSchema>;

/** Read a JSON export (the text of a file). Never throws. */
export function readCurriculumFile(text: string): Read<CurriculumFile> {
	return readExportFile(text, {
		format: CURRICULUM_FORMAT,
		formatVersion: CURRICULUM_FORMAT_VERSION,
		schema: curriculumFileSchema,
		notJson:
			'This file is not a saved curriculum map: it is not valid JSON. To bring in learning outcomes from a spreadsheet, use “Import a CSV” instead.',
		notOurs:
			'This file was not exported by the ACCEND explorer’s curriculum mapping, so it cannot be imported. Choose a file whose name starts with “accend-curriculum”.',
		kept: 'saved curricula'
	});
}

/** The export of some curricula, stamped with the framework version and time. */
export function writeCurriculumFile(
	curricula: Curriculum[],
	frameworkVersion: string,
	now = new Date()
): CurriculumFile {
	return {
		format: CURRICULUM_FORMAT,
		formatVersion: CURRICULUM_FORMAT_VERSION,
		exportedAt: now.toISOString(),
		frameworkVersion,
		curricula
	};
}
