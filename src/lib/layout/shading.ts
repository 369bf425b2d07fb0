/**
 * Shading by count: a d3 colour scale from a pale blue to the full NHS blue as a count
 * rises, and the text colour that keeps 4.5:1 contrast on whatever fill it sits on. One
 * module, so the coverage matrix on screen and its SVG and PNG exports shade alike.
 */
import { scaleLinear } from 'd3-scale';
import { contrastRatio } from '../framework/colour';

/** No outcomes: a pale grey that still reads as a cell. */
export const EMPTY_FILL = '#f0f4f5';
/** The scale runs from a pale to the full NHS blue as counts rise. */
const LOW_FILL = '#d6e6f5';
const HIGH_FILL = '#005eb8';
/** NHS text black and white: the two text colours a fill can carry. */
export const DARK_TEXT = '#212b32';
export const LIGHT_TEXT = '#ffffff';

/** d3's "rgb(0, 94, 184)" as "#005eb8", the form the contrast check and SVG files use. */
export function rgbToHex(colour: string): string {
	const m = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(colour);
	if (!m) return colour;
	return `#${m
		.slice(1, 4)
		.map((v) => Number(v).toString(16).padStart(2, '0'))
		.join('')}`;
}

/** The text colour with the better contrast on a fill. */
export function textOn(fill: string): string {
	return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/**
 * A fill for each count, given the largest count: 0 is EMPTY_FILL, 1 the palest blue,
 * `max` the full NHS blue; e.g. countShading(4)(4) → "#005eb8".
 */
export function countShading(max: number): (count: number) => string {
	const shade = scaleLinear<string>()
		.domain([1, Math.max(1, max)])
		.range([LOW_FILL, HIGH_FILL]);
	return (count) => (count ? rgbToHex(shade(count)) : EMPTY_FILL);
}
