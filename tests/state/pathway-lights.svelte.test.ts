// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, test } from 'vitest';
import { KeyedFlags } from '../../src/lib/state/pathway-lights.svelte';
import { pathwayDataOf } from '../../src/lib/server/pathway-data';
import { PathwayState } from '../../src/lib/state/pathway.svelte';
import { miniFramework } from '../fixtures/mini';

/** Count how often a reaction asking `ask()` runs, for each id, while `act` happens. */
function runsPerId(ids: string[], ask: (id: string) => boolean, act: () => void) {
	const runs = Object.fromEntries(ids.map((id) => [id, 0]));
	const answers: Record<string, boolean> = {};
	const stop = $effect.root(() => {
		for (const id of ids)
			$effect(() => {
				answers[id] = ask(id);
				runs[id]! += 1;
			});
	});
	flushSync();
	for (const id of ids) runs[id] = 0;
	act();
	flushSync();
	stop();
	return { runs, answers };
}

describe('KeyedFlags', () => {
	test('answers membership per id', () => {
		const flags = new KeyedFlags(['a', 'b', 'c']);
		expect(flags.has('a')).toBe(false);
		flags.set(['a', 'b', 'unknown']);
		expect([flags.has('a'), flags.has('b'), flags.has('c')]).toEqual([true, true, false]);
		expect(flags.has('unknown')).toBe(false);
		flags.set([]);
		expect(flags.has('a')).toBe(false);
	});

	test('a new set re-runs only the reactions whose own answer changed', () => {
		const flags = new KeyedFlags(['a', 'b', 'c', 'd']);
		flags.set(['a', 'b']);
		const { runs, answers } = runsPerId(
			['a', 'b', 'c', 'd'],
			(id) => flags.has(id),
			() => flags.set(['b', 'c'])
		);
		expect(runs).toEqual({ a: 1, b: 0, c: 1, d: 0 });
		expect(answers).toEqual({ a: false, b: true, c: true, d: false });
	});
});

describe('the map state lights shapes one by one', () => {
	const data = pathwayDataOf(miniFramework());

	test('moving the hover re-runs only the roles whose light changes', () => {
		const state = new PathwayState(data);
		state.hovered = 'helper';
		const ids = data.roles.map((r) => r.id);
		const lit = new Set(state.lineage?.roles);
		const { runs } = runsPerId(
			ids,
			(id) => state.litRoles.has(id),
			() => (state.hovered = 'nurse')
		);
		const after = new Set(state.lineage?.roles);
		for (const id of ids) expect(runs[id], id).toBe(lit.has(id) === after.has(id) ? 0 : 1);
	});

	test('focus and selection flag their one role, and clearing the hover keeps the focus lit', () => {
		const state = new PathwayState(data);
		state.focused = 'helper';
		state.selected = 'lead-nurse';
		expect(state.isFocused.has('helper')).toBe(true);
		expect(state.isFocused.has('nurse')).toBe(false);
		expect(state.isSelected.has('lead-nurse')).toBe(true);
		state.hovered = 'lead-nurse';
		state.hovered = null;
		expect(state.active).toBe('helper');
		expect(state.litRoles.has('helper')).toBe(true);
		expect(state.litRoutes.has('helper-to-nurse')).toBe(true);
		state.focused = null;
		state.selected = null;
		expect(state.litRoles.has('helper')).toBe(false);
		expect(state.lineage).toBeNull();
	});
});
