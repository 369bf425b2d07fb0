/**
 * An attachment that lets d3-zoom pan and zoom an SVG and writes the transform
 * into the map state. d3 owns only these events; Svelte draws everything else.
 * The wheel zooms only with Ctrl or ⌘ held, so the page still scrolls over the map.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { LABEL_FONT_SIZE } from '$lib/layout/pathway';
import type { PathwayState } from '$lib/state/pathway.svelte';

/** The smallest text the map may show on screen: zooming out stops before titles go below it. */
export const MIN_TEXT_PX = 12;
/** How far in and out a person may zoom. */
export const ZOOM_EXTENT: [number, number] = [MIN_TEXT_PX / LABEL_FONT_SIZE, 4];
/** One press of a zoom button. */
export const ZOOM_STEP = 1.4;

export interface ZoomControls {
	reset: () => void;
	scaleBy: (factor: number) => void;
	/** Pan so that a point of the drawing (in its own units) is in the middle. */
	centreOn: (x: number, y: number) => void;
	/** Whether a box of the drawing is fully in view. */
	inView: (x: number, y: number, width: number, height: number) => boolean;
}

/** The map's zoom attachment: d3 zoom into `state.transform`, its controls given to `register`. */
export function zoomable(state: PathwayState, register: (controls: ZoomControls | null) => void) {
	return (svg: SVGSVGElement) => {
		const behaviour = zoom<SVGSVGElement, unknown>()
			.scaleExtent(ZOOM_EXTENT)
			.filter((event: Event) => {
				if (event.type === 'wheel')
					return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
				return !(event as MouseEvent).button;
			})
			.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				const { x, y, k } = event.transform;
				state.transform = { x, y, k };
			});
		const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
		const box = () => svg.viewBox.baseVal;
		register({
			reset: () => selection.call(behaviour.transform, zoomIdentity),
			scaleBy: (factor) => selection.call(behaviour.scaleBy, factor),
			centreOn: (x, y) => {
				const { k } = state.transform;
				const { width, height } = box();
				selection.call(
					behaviour.transform,
					zoomIdentity.translate(width / 2 - k * x, height / 2 - k * y).scale(k)
				);
			},
			inView: (x, y, w, h) => {
				const { x: tx, y: ty, k } = state.transform;
				const { width, height } = box();
				return (
					tx + k * x >= 0 &&
					ty + k * y >= 0 &&
					tx + k * (x + w) <= width &&
					ty + k * (y + h) <= height
				);
			}
		});
		return () => {
			selection.on('.zoom', null);
			register(null);
		};
	};
}
