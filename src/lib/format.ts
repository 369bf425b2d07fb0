/** Small formatters shared by pages: durations and route kinds in plain words. */
import type { Duration, RouteKind } from './framework/schema';

/** { min: 18, max: 24, unit: 'months' } → "18 to 24 months"; equal ends → "2 years". */
export function formatDuration(d: Duration | null): string {
	if (!d) return 'Varies';
	const unit = d.min === d.max && d.max === 1 ? d.unit.replace(/s$/, '') : d.unit;
	return d.min === d.max ? `${d.min} ${unit}` : `${d.min} to ${d.max} ${unit}`;
}

export const ROUTE_KIND_LABELS: Record<RouteKind, string> = {
	apprenticeship: 'Apprenticeship',
	registration: 'Registration',
	'post-registration': 'Post-registration study',
	masters: "Master's",
	'consultant-recognition': 'Consultant recognition',
	other: 'Other training'
};
