/**
 * Geometry of the self-assessment profile chart: one bar per domain for the
 * mean rating, with a mark at the target rating. Pure: records for Svelte to draw.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

/** Room at the left for domain names, and at the bottom for the scale. */
export const PROFILE_LABEL_WIDTH = 190;
export const PROFILE_AXIS_HEIGHT = 28;
export const PROFILE_ROW_HEIGHT = 34;
/** Room at the right for the last scale label, which is centred on its tick. */
export const PROFILE_RIGHT_PADDING = 64;
/** The scale runs over the four ratings, 0 (not yet) to 3 (could teach others). */
export const PROFILE_MAX = 3;

/** One domain's figures, as the chart needs them: a self-assessment's domain profile fits. */
export interface ProfileRow {
	domain: { id: string; shortTitle: string; colour: string };
	/** Mean rating, 0 to PROFILE_MAX; null when nothing is rated yet. */
	mean: number | null;
	/** The rating aimed for; the chart draws the first row's. */
	target: number;
}

export interface ProfileBar {
	id: string;
	label: string;
	colour: string;
	y: number;
	height: number;
	/** Bar width for the mean rating; 0 when nothing is rated yet. */
	width: number;
	rated: boolean;
	mean: number | null;
}

export interface ProfileLayout {
	width: number;
	height: number;
	x0: number;
	targetX: number;
	ticks: { value: number; x: number }[];
	bars: ProfileBar[];
}

/** Bars, ticks and the target line for a profile drawn `width` units wide, a row per domain. */
export function layoutProfile(profile: readonly ProfileRow[], width: number): ProfileLayout {
	const height = profile.length * PROFILE_ROW_HEIGHT + PROFILE_AXIS_HEIGHT;
	const x = scaleLinear()
		.domain([0, PROFILE_MAX])
		.range([PROFILE_LABEL_WIDTH, width - PROFILE_RIGHT_PADDING]);
	const y = scaleBand<string>()
		.domain(profile.map((p) => p.domain.id))
		.range([0, height - PROFILE_AXIS_HEIGHT])
		.padding(0.25);
	return {
		width,
		height,
		x0: x(0),
		targetX: x(profile[0]?.target ?? 2),
		ticks: [0, 1, 2, 3].map((value) => ({ value, x: x(value) })),
		bars: profile.map((p) => ({
			id: p.domain.id,
			label: p.domain.shortTitle,
			colour: p.domain.colour,
			y: y(p.domain.id) ?? 0,
			height: y.bandwidth(),
			width: p.mean === null ? 0 : x(p.mean) - x(0),
			rated: p.mean !== null,
			mean: p.mean
		}))
	};
}
