// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import AcceptStrong from '../../../src/lib/components/curriculum/AcceptStrong.svelte';
import { addModules } from '../../../src/lib/curriculum/edit';
import type { Module } from '../../../src/lib/curriculum/model';
import { openCurriculum } from './curriculum-state';

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

/** An Enhanced curriculum holding `m`, with AcceptStrong mounted on it. */
function mount(m: Module) {
	const { book, context } = openCurriculum({ name: 'PgCert', levels: ['enhanced'] });
	book.update((c) => addModules(c, [m]));
	render(AcceptStrong, { props: { module: m }, context });
	return book;
}

/** Long enough for the suggestion engine's module to load on a busy machine. */
const LOADED = { timeout: 10_000 };

describe('AcceptStrong', () => {
	test('reviews first, adds on confirm, and Undo puts the module back', async () => {
		const book = mount(module);
		const revision = book.active?.revision;
		await fireEvent.click(
			screen.getByRole('button', { name: 'Accept all strong matches in NUR7001' })
		);
		// Nothing changes until the educator has seen the list.
		expect(book.active?.revision).toBe(revision);
		expect(book.active?.modules[0]).toEqual(module);
		// The suggestion engine is fetched on first use.
		expect(
			await screen.findByText(/W6\.3 Supporting learners in practice at Enhanced/, {}, LOADED)
		).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: /^Add these \d+ links?$/ }));
		const saved = book.active?.modules[0];
		expect(saved?.outcomes[0]?.links).toContainEqual({
			capability: 'supporting-learners',
			level: 'enhanced'
		});
		expect(saved?.outcomes[1]?.links).toEqual([]);
		expect(book.said).toMatch(/^Added \d+ links? to NUR7001\.$/);
		await fireEvent.click(screen.getByRole('button', { name: /^Undo/ }));
		expect(book.active?.modules[0]).toEqual(module);
		expect(book.said).toBe('Undone: NUR7001 is back as it was.');
		expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
	});

	test('a module with no strong match says so and changes nothing', async () => {
		const book = mount({ ...module, outcomes: [module.outcomes[1]!] });
		const before = JSON.stringify(book.active);
		await fireEvent.click(
			screen.getByRole('button', { name: 'Accept all strong matches in NUR7001' })
		);
		expect(
			await screen.findByText('No unmapped outcome in NUR7001 has a strong match.', {}, LOADED)
		).toBeTruthy();
		expect(JSON.stringify(book.active)).toBe(before);
	});
});
