/** What curriculum mapping needs from a framework, small enough to ship to the browser. */
import { assessmentDataOf, type AssessmentData } from '../assessment/data';
import type { Framework } from '../framework/schema';
import type { Vocabulary } from '../search/vocabulary';

export interface CurriculumData extends Omit<AssessmentData, 'capabilities' | 'groups' | 'offers'> {
	capabilities: (AssessmentData['capabilities'][number] & { summary: string })[];
	/** Phrases that mean the same (SACT, chemotherapy…), so suggestions understand NHS shorthand. */
	equivalents: string[][];
}

/** The curriculum page's data slice: the assessment slice, capability summaries, synonyms. */
export function curriculumDataOf(fw: Framework, vocabulary: Vocabulary): CurriculumData {
	const base = assessmentDataOf(fw);
	return {
		frameworkId: base.frameworkId,
		frameworkVersion: base.frameworkVersion,
		levels: base.levels,
		domains: base.domains,
		capabilities: base.capabilities.map((c, i) => ({ ...c, summary: fw.capabilities[i]!.summary })),
		equivalents: vocabulary.equivalents
	};
}
