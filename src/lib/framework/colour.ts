/** WCAG 2.2 minimum contrast for normal-size text (success criterion 1.4.3). */
export const MIN_TEXT_CONTRAST = 4.5;

/** Relative luminance of a "#rrggbb" colour, as WCAG defines it (0 black to 1 white). */
export function relativeLuminance(hex: string): number {
	const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Contrast ratio between two "#rrggbb" colours, from 1 to 21; e.g. black on white is 21. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

/** Colour-vision deficiencies that a palette must survive (together about 1 in 12 men). */
export type ColourVision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

/** Machado, Oliveira and Fernandes (2009) simulation matrices at full severity, on linear RGB. */
const CVD_MATRICES: Record<Exclude<ColourVision, 'normal'>, Matrix> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

function linearRgb(hex: string): Rgb {
	const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
		const c = parseInt(hex.slice(start, start + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return [r, g, b];
}

const multiply = (m: Matrix, [r, g, b]: Rgb): Rgb =>
	m.map((row) => Math.min(1, Math.max(0, row[0] * r + row[1] * g + row[2] * b))) as Rgb;

/** CIE L*a*b* (D65) of a linear RGB colour. */
function lab(rgb: Rgb): Rgb {
	const [x, y, z] = multiply(
		[
			[0.4124 / 0.95047, 0.3576 / 0.95047, 0.1805 / 0.95047],
			[0.2126, 0.7152, 0.0722],
			[0.0193 / 1.08883, 0.1192 / 1.08883, 0.9505 / 1.08883]
		],
		rgb
	);
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/**
 * How different two colours look to a person with the given colour vision, as
 * CIE76 ΔE (about 2.3 is just noticeable; over 10 is clearly different).
 */
export function perceivedDifference(a: string, b: string, vision: ColourVision = 'normal'): number {
	const see = (hex: string) =>
		vision === 'normal' ? linearRgb(hex) : multiply(CVD_MATRICES[vision], linearRgb(hex));
	const [l1, a1, b1] = lab(see(a));
	const [l2, a2, b2] = lab(see(b));
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
