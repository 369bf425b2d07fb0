// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import AcceptStrong from '../../../src/lib/components/curriculum/AcceptStrong.svelte';
import type { Module } from '../../../src/lib/curriculum/model';
import { createSuggester } from '../../../src/lib/curriculum/suggest';
import { accendCurriculumData } from '../../fixtures/accend';

const data = accendCurriculumData();
const suggester = createSuggester(data);
const outcome = (id: string, text: string) => ({ id, code: id, text, links: [], rejected: [] });
const module: Module = {
	id: 'm1',
	code: 'NUR7001',
	title: 'Advancing cancer practice',
	outcomes: [
		outcome('LO1', 'Support the learning of students and junior colleagues in practice'),
		outcome('LO2', 'Reflect on the module')
	]
};

describe('AcceptStrong', () => {
	test('reviews first, adds on confirm, and Undo puts the module back', async () => {
		const saved: Module[] = [];
		const onsay = vi.fn();
		render(AcceptStrong, {
			module,
			levels: ['enhanced'],
			data,
			suggester,
			onreplace: (m: Module) => (saved.push(m), true),
			onsay
		});
		await fireEvent.click(
			screen.getByRole('button', { name: 'Accept all strong matches in NUR7001' })
		);
		// Nothing changes until the educator has seen the list.
		expect(saved).toEqual([]);
		expect(screen.getByText(/W6\.3 Supporting learners in practice at Enhanced/)).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: /^Add these \d+ links?$/ }));
		expect(saved[0]?.outcomes[0]?.links).toContainEqual({
			capability: 'supporting-learners',
			level: 'enhanced'
		});
		expect(saved[0]?.outcomes[1]?.links).toEqual([]);
		expect(onsay).toHaveBeenLastCalledWith(
			expect.stringMatching(/^Added \d+ links? to NUR7001\.$/)
		);
		await fireEvent.click(screen.getByRole('button', { name: /^Undo/ }));
		expect(saved[1]).toEqual(module);
		expect(onsay).toHaveBeenLastCalledWith('Undone: NUR7001 is back as it was.');
		expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
	});

	test('a module with no strong match says so and changes nothing', async () => {
		const onreplace = vi.fn(() => true);
		render(AcceptStrong, {
			module: { ...module, outcomes: [module.outcomes[1]!] },
			levels: ['enhanced'],
			data,
			suggester,
			onreplace,
			onsay: vi.fn()
		});
		await fireEvent.click(
			screen.getByRole('button', { name: 'Accept all strong matches in NUR7001' })
		);
		expect(screen.getByText('No unmapped outcome in NUR7001 has a strong match.')).toBeTruthy();
		expect(onreplace).not.toHaveBeenCalled();
	});
});
