/**
 * An attachment that lets the map pan and zoom, writing the transform into the
 * map state. The controls exist at once; d3-zoom itself (zoom-behaviour.ts) is
 * loaded after the first paint, and a button pressed before it arrives takes
 * effect when it does. The map page's first load stays small this way.
 */
import { LABEL_FONT_SIZE } from '$lib/layout/pathway';
import type { PathwayState } from '$lib/state/pathway.svelte';

/** The smallest text the map may show on screen: zooming out stops before titles go below it. */
export const MIN_TEXT_PX = 12;
/** How far in and out a person may zoom. */
export const ZOOM_EXTENT: [number, number] = [MIN_TEXT_PX / LABEL_FONT_SIZE, 4];
/** One press of a zoom button. */
export const ZOOM_STEP = 1.4;

/** What d3-zoom does for the controls once it has loaded. */
export interface ZoomActions {
	reset: () => void;
	scaleBy: (factor: number) => void;
	/** Pan so that a point of the drawing (in its own units) is in the middle. */
	centreOn: (x: number, y: number) => void;
}

export interface ZoomControls extends ZoomActions {
	/** Whether a box of the drawing is fully in view. */
	inView: (x: number, y: number, width: number, height: number) => boolean;
}

/** The pan-and-zoom attachment for the map's SVG; `register` receives its controls, then null. */
export function zoomable(state: PathwayState, register: (controls: ZoomControls | null) => void) {
	return (svg: SVGSVGElement) => {
		let actions: ZoomActions | null = null;
		let detach = () => {};
		let gone = false;
		const waiting: ((a: ZoomActions) => void)[] = [];
		const act = (step: (a: ZoomActions) => void) => (actions ? step(actions) : waiting.push(step));
		register({
			reset: () => act((a) => a.reset()),
			scaleBy: (factor) => act((a) => a.scaleBy(factor)),
			centreOn: (x, y) => act((a) => a.centreOn(x, y)),
			inView: (x, y, w, h) => {
				const { x: tx, y: ty, k } = state.transform;
				const { width, height } = svg.viewBox.baseVal;
				return (
					tx + k * x >= 0 &&
					ty + k * y >= 0 &&
					tx + k * (x + w) <= width &&
					ty + k * (y + h) <= height
				);
			}
		});
		import('./zoom-behaviour')
			.then(({ attachZoom }) => {
				if (gone) return;
				const attached = attachZoom(svg, state);
				actions = attached.actions;
				detach = attached.detach;
				for (const step of waiting.splice(0)) step(attached.actions);
			})
			// Offline before the first visit finished caching: the map still reads, it only does not zoom.
			.catch(() => {});
		return () => {
			gone = true;
			detach();
			register(null);
		};
	};
}
