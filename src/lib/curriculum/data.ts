/**
 * What curriculum mapping needs from a framework, in two parts like the self-assessment's: the
 * page data (the assessment slice's ids, names and levels), and the text suggestions read
 * (descriptors, summaries, the vocabulary), fetched when mapping starts.
 */
import {
	assessmentDataOf,
	descriptorsOf,
	type AssessmentData,
	type AssessmentText
} from '../assessment/data';
import type { Framework } from '../framework/schema';
import type { Vocabulary } from '../search/vocabulary';

export type CurriculumData = Omit<AssessmentData, 'groups' | 'offers'>;

/** The curriculum's text: fetched when mapping starts (`capability-text.json`). */
export interface CurriculumText extends AssessmentText {
	/** Each capability's summary, by id: suggestions weigh its words. */
	summaries: Record<string, string>;
	/** Phrases that mean the same (SACT, chemotherapy…), so suggestions understand NHS shorthand. */
	equivalents: string[][];
}

/** The curriculum page's data slice: the assessment slice without groups and offers. */
export function curriculumDataOf(fw: Framework): CurriculumData {
	const { frameworkId, frameworkVersion, levels, domains, capabilities } = assessmentDataOf(fw);
	return { frameworkId, frameworkVersion, levels, domains, capabilities };
}

/** The text curriculum mapping fetches when mapping starts: descriptors, summaries, synonyms. */
export function curriculumTextOf(fw: Framework, vocabulary: Vocabulary): CurriculumText {
	return {
		frameworkId: fw.meta.id,
		frameworkVersion: fw.meta.version,
		descriptors: descriptorsOf(fw),
		summaries: Object.fromEntries(fw.capabilities.map((c) => [c.id, c.summary])),
		equivalents: vocabulary.equivalents
	};
}
