/** A small curriculum over the mini framework, for coverage and export tests. */
import { curriculumDataOf, curriculumTextOf } from '../../src/lib/curriculum/data';
import { createCurriculum } from '../../src/lib/curriculum/edit';
import type { Curriculum, Outcome } from '../../src/lib/curriculum/model';
import { miniFramework } from '../fixtures/mini';

export const miniData = curriculumDataOf(miniFramework());
export const miniText = curriculumTextOf(miniFramework(), { equivalents: [] });

const outcome = (id: string, text: string, links: [string, string][] = []): Outcome => ({
	id,
	code: '',
	text,
	links: links.map(([capability, level]) => ({ capability, level })),
	rejected: []
});

/**
 * Module A: o1 comfort@entry, o2 comfort@entry + comfort@middle, o3 nothing.
 * Module B: o4 appraise@middle + comfort@middle, o5 appraise@top.
 */
export function miniCurriculum(): Curriculum {
	return {
		...createCurriculum(miniData, { name: 'BSc Test' }, 'c1', new Date('2026-11-30T10:00:00Z')),
		modules: [
			{
				id: 'A',
				code: 'NUR101',
				title: 'Module A',
				outcomes: [
					outcome('o1', 'Gives comfort', [['comfort', 'entry']]),
					outcome('o2', 'Plans comfort', [
						['comfort', 'entry'],
						['comfort', 'middle']
					]),
					outcome('o3', 'Unrelated')
				]
			},
			{
				id: 'B',
				code: '',
				title: 'Module B',
				outcomes: [
					outcome('o4', '=cmd|calc', [
						['appraise', 'middle'],
						['comfort', 'middle']
					]),
					outcome('o5', 'Leads appraisal', [['appraise', 'top']])
				]
			}
		]
	};
}
