import { describe, expect, test, vi } from 'vitest';
import type { PathwayState } from '../../../src/lib/state/pathway.svelte';
import type { ZoomControls } from '../../../src/lib/components/pathway/zoomable';

/** d3-zoom's half, replaced so the test sees what reaches it and when. */
const attached = vi.hoisted(() => ({ calls: [] as string[], detached: 0, attaches: 0 }));
vi.mock('../../../src/lib/components/pathway/zoom-behaviour', () => ({
	attachZoom: () => {
		attached.attaches += 1;
		return {
			actions: {
				reset: () => attached.calls.push('reset'),
				scaleBy: (f: number) => attached.calls.push(`scaleBy ${f}`),
				centreOn: (x: number, y: number) => attached.calls.push(`centreOn ${x},${y}`)
			},
			detach: () => (attached.detached += 1)
		};
	}
}));
const { zoomable } = await import('../../../src/lib/components/pathway/zoomable');

const svg = { viewBox: { baseVal: { width: 400, height: 300 } } } as unknown as SVGSVGElement;
const state = (k = 1) => ({ transform: { x: 0, y: 0, k } }) as PathwayState;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('zoomable', () => {
	test('controls exist at once; a press before d3-zoom arrives takes effect when it does', async () => {
		attached.calls = [];
		let controls: ZoomControls | null = null;
		const stop = zoomable(state(), (c) => (controls = c))(svg);
		expect(controls).not.toBeNull();
		controls!.scaleBy(1.4);
		controls!.reset();
		expect(attached.calls).toEqual([]);
		await settle();
		expect(attached.calls).toEqual(['scaleBy 1.4', 'reset']);
		controls!.centreOn(10, 20);
		expect(attached.calls.at(-1)).toBe('centreOn 10,20');
		stop();
		expect(controls).toBeNull();
		expect(attached.detached).toBe(1);
	});

	test('a map gone before d3-zoom arrives is never attached', async () => {
		const before = attached.attaches;
		zoomable(state(), () => {})(svg)();
		await settle();
		expect(attached.attaches).toBe(before);
	});

	test('inView reads the current transform without waiting for d3-zoom', () => {
		let controls: ZoomControls | null = null;
		zoomable(state(2), (c) => (controls = c))(svg);
		expect(controls!.inView(10, 10, 50, 50)).toBe(true);
		expect(controls!.inView(160, 10, 50, 50)).toBe(false);
	});
});
