/** An assessment as a spreadsheet: one row per capability at the target level. */
import { toCsv } from '../export/csv';
import { levelName } from '../framework/lookups';
import { descriptorOf, type AssessmentData, type Descriptors } from './data';
import { RATING_SCALE, type Assessment } from './model';
import { earlierOf } from './migrate';
import { capabilitiesFor } from './scoring';

/** Where rows for capabilities the framework no longer has are filed in the CSV. */
export const EARLIER_SECTION = 'From an earlier version';

export const ASSESSMENT_CSV_COLUMNS = [
	'framework_version',
	'assessment',
	'current_level',
	'target_level',
	'domain',
	'code',
	'capability',
	'target_descriptor',
	'rating_value',
	'rating',
	'note',
	'evidence',
	'planned_action',
	'by_when'
];

/** One assessment as CSV: its rows, then work kept from removed capabilities; notes only if asked. */
export function assessmentCsv(
	data: AssessmentData,
	descriptors: Descriptors,
	a: Assessment,
	includeNotes = true
): string {
	const level = (id: string) => levelName(data.levels, id);
	const rows = capabilitiesFor(data, a.targetLevel).map((c) => {
		const r = a.ratings[c.id];
		const plan = a.plan.filter((p) => p.capability === c.id);
		return [
			a.frameworkVersion,
			a.name,
			level(a.currentLevel),
			level(a.targetLevel),
			data.domains.find((d) => d.id === c.domain)?.title ?? c.domain,
			c.code,
			c.title,
			descriptorOf(descriptors, c.id, a.targetLevel),
			r?.value ?? '',
			r ? RATING_SCALE[r.value]?.label : 'Not rated',
			includeNotes ? (r?.note ?? '') : '',
			includeNotes ? (r?.evidence.join(' ') ?? '') : '',
			plan.map((p) => p.action).join('; '),
			plan
				.map((p) => p.due)
				.filter(Boolean)
				.join('; ')
		];
	});
	// Work on capabilities an update removed is kept, so it is exported too.
	const earlier = earlierOf(data, a).map(({ capability, rating: r, plan }) => [
		a.frameworkVersion,
		a.name,
		level(a.currentLevel),
		level(a.targetLevel),
		EARLIER_SECTION,
		'',
		capability,
		r?.seenText ?? '',
		r?.value ?? '',
		r ? RATING_SCALE[r.value]?.label : 'Not rated',
		includeNotes ? (r?.note ?? '') : '',
		includeNotes ? (r?.evidence.join(' ') ?? '') : '',
		plan.map((p) => p.action).join('; '),
		plan
			.map((p) => p.due)
			.filter(Boolean)
			.join('; ')
	]);
	return toCsv(ASSESSMENT_CSV_COLUMNS, [...rows, ...earlier]);
}
