/**
 * How each kind of route is drawn. Colour and dash pattern differ together, so
 * the kinds stay apart for people who do not see the colours.
 */
import type { RouteKind } from '../framework/schema';

/** The kind's name is ROUTE_KIND_LABELS in plain-words.ts; this adds only how it is drawn. */
export interface RouteStyle {
	colour: string;
	/** SVG stroke-dasharray; empty for a solid line. */
	dash: string;
}

export const ROUTE_STYLES: Record<RouteKind, RouteStyle> = {
	apprenticeship: { colour: '#007f3b', dash: '' },
	registration: { colour: '#005eb8', dash: '10 4' },
	'post-registration': { colour: '#6b2c91', dash: '3 3' },
	masters: { colour: '#a33c00', dash: '14 4 3 4' },
	'consultant-recognition': { colour: '#7d1f1f', dash: '2 6' },
	other: { colour: '#425563', dash: '6 6' }
};
