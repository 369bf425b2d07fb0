/**
 * How each kind of route is drawn. Colour and dash pattern differ together, so
 * the kinds stay apart for people who do not see the colours.
 */
import type { RouteKind } from '../framework/schema';

export interface RouteStyle {
	label: string;
	colour: string;
	/** SVG stroke-dasharray; empty for a solid line. */
	dash: string;
}

export const ROUTE_STYLES: Record<RouteKind, RouteStyle> = {
	apprenticeship: { label: 'Apprenticeship', colour: '#007f3b', dash: '' },
	registration: { label: 'Registration', colour: '#005eb8', dash: '10 4' },
	'post-registration': { label: 'Post-registration study', colour: '#6b2c91', dash: '3 3' },
	masters: { label: "Master's", colour: '#a33c00', dash: '14 4 3 4' },
	'consultant-recognition': { label: 'Consultant recognition', colour: '#7d1f1f', dash: '2 6' },
	other: { label: 'Other training', colour: '#425563', dash: '6 6' }
};
