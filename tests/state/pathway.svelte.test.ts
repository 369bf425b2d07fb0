// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, test } from 'vitest';
import { pathwayDataOf } from '../../src/lib/server/pathway-data';
import { PathwayState, professionFrom } from '../../src/lib/state/pathway.svelte';
import { miniFramework } from '../fixtures/mini';

const data = pathwayDataOf(miniFramework());

describe('PathwayState', () => {
	test('hovering, focusing and selecting never lay the map out again', () => {
		const state = new PathwayState(data);
		let layouts = 0;
		// As in the page, an effect draws from the layout; it re-runs only when the layout changes.
		const stop = $effect.root(() => {
			$effect(() => {
				void state.layout;
				layouts += 1;
			});
		});
		flushSync();
		expect(layouts).toBe(1);
		state.hovered = 'nurse';
		state.focused = 'helper';
		state.select('lead-nurse');
		state.hovered = null;
		flushSync();
		expect(layouts).toBe(1);
		state.setFilter({ profession: null, levels: ['middle', 'top'] });
		flushSync();
		expect(layouts).toBe(2);
		expect(state.layout.nodes.map((n) => n.id).sort()).toEqual(['lead-nurse', 'nurse']);
		stop();
	});

	test('the lit lineage follows hover first, then focus, then selection', () => {
		const state = new PathwayState(data);
		expect(state.lineage).toBeNull();
		state.selected = 'lead-nurse';
		expect([...(state.lineage?.roles ?? [])].sort()).toEqual(['helper', 'lead-nurse', 'nurse']);
		state.focused = 'helper';
		expect(state.active).toBe('helper');
		state.hovered = 'nurse';
		expect(state.active).toBe('nurse');
		expect([...(state.lineage?.edges ?? [])].sort()).toEqual(['helper-to-nurse', 'nurse-to-lead']);
	});

	test('arrow keys move the focus along the map', () => {
		const state = new PathwayState(data);
		expect(state.move('ArrowRight')).toBe('helper');
		expect(state.move('ArrowRight')).toBe('nurse');
		expect(state.move('ArrowRight')).toBe('lead-nurse');
		expect(state.move('Home')).toBe('helper');
	});

	test('a filter that hides the selected role closes its panel', () => {
		const state = new PathwayState(data);
		state.select('helper');
		expect(state.selectedRole?.title).toBe('Helper');
		state.setFilter({ profession: null, levels: ['middle'] });
		expect(state.selected).toBeNull();
		state.select('helper');
		expect(state.selected).toBeNull();
	});

	test('starts with the profession that has most roles in focus, with the roles that route into it', () => {
		const state = new PathwayState(data);
		expect(state.filter.profession).toBe('nursing');
		const shown = state.layout.nodes.map((n) => [n.id, n.external]);
		expect(shown.sort()).toEqual([
			['helper', true],
			['lead-nurse', false],
			['nurse', false]
		]);
	});

	test('reveal focuses on the profession of a hidden role, keeping levels that show it', () => {
		const state = new PathwayState(data);
		state.setFilter({ profession: 'support', levels: ['top'] });
		expect(state.layout.nodes).toEqual([]);
		expect(state.reveal('lead-nurse')).toBe(true);
		expect(state.filter).toEqual({ profession: 'nursing', levels: ['top'] });
		expect(state.selected).toBe('lead-nurse');
		expect(state.reveal('nobody')).toBe(false);
	});

	test('reveal keeps "All professions" when the person chose it', () => {
		const state = new PathwayState(data);
		state.setFilter({ profession: null, levels: ['entry'] });
		expect(state.reveal('nurse')).toBe(true);
		expect(state.filter).toEqual({ profession: null, levels: [] });
	});

	test('a profession from the address or storage is read only when it names a group', () => {
		const state = new PathwayState(data);
		expect(professionFrom(state, 'support')).toBe('support');
		expect(professionFrom(state, 'all')).toBeNull();
		expect(professionFrom(state, 'astronauts')).toBeUndefined();
		expect(professionFrom(state, null)).toBeUndefined();
	});
});
