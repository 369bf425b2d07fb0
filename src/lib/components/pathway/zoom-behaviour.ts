/**
 * The d3-zoom half of the map's pan and zoom, loaded only once the map is drawn:
 * d3-zoom brings d3-selection, d3-transition, d3-interpolate and d3-color, which
 * the first paint and the list view do not need. d3 owns only these events and
 * writes the transform into the map state; Svelte draws everything else.
 * The wheel zooms only with Ctrl or ⌘ held, so the page still scrolls over the map.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { PathwayState } from '$lib/state/pathway.svelte';
import { ZOOM_EXTENT, type ZoomActions } from './zoomable';

/** Let d3-zoom pan and zoom `svg`; returns its actions and the way to stop. */
export function attachZoom(
	svg: SVGSVGElement,
	state: PathwayState
): { actions: ZoomActions; detach: () => void } {
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
	return {
		actions: {
			reset: () => selection.call(behaviour.transform, zoomIdentity),
			scaleBy: (factor) => selection.call(behaviour.scaleBy, factor),
			centreOn: (x, y) => {
				const { k } = state.transform;
				const { width, height } = svg.viewBox.baseVal;
				selection.call(
					behaviour.transform,
					zoomIdentity.translate(width / 2 - k * x, height / 2 - k * y).scale(k)
				);
			}
		},
		detach: () => selection.on('.zoom', null)
	};
}
