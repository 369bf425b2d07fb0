// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
	flushSave,
	flushSaves,
	SAVE_DELAY_MS,
	saveSoon
} from '../../src/lib/persistence/save-soon';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	flushSaves();
	vi.useRealTimers();
});

test('saves once after the pause, with only the latest value for a field', () => {
	const saved: string[] = [];
	saveSoon('note', () => saved.push('a'));
	vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
	saveSoon('note', () => saved.push('ab'));
	vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
	expect(saved).toEqual([]);
	vi.advanceTimersByTime(1);
	expect(saved).toEqual(['ab']);
	vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
	expect(saved).toEqual(['ab']);
});

test('different fields wait separately', () => {
	const saved: string[] = [];
	saveSoon('note', () => saved.push('note'));
	saveSoon('evidence', () => saved.push('evidence'));
	vi.advanceTimersByTime(SAVE_DELAY_MS);
	expect(saved.sort()).toEqual(['evidence', 'note']);
});

test('leaving a field saves it at once, and only it', () => {
	const saved: string[] = [];
	saveSoon('note', () => saved.push('note'));
	saveSoon('evidence', () => saved.push('evidence'));
	flushSave('note');
	expect(saved).toEqual(['note']);
	flushSave('note');
	expect(saved).toEqual(['note']);
});

test('with no delay it waits for the field to be left', () => {
	const saved: string[] = [];
	saveSoon('links', () => saved.push('links'), null);
	vi.advanceTimersByTime(SAVE_DELAY_MS * 10);
	expect(saved).toEqual([]);
	flushSave('links');
	expect(saved).toEqual(['links']);
});

test('hiding or closing the page saves everything still waiting', () => {
	const saved: string[] = [];
	saveSoon('note', () => saved.push('note'));
	saveSoon('links', () => saved.push('links'), null);
	window.dispatchEvent(new Event('pagehide'));
	expect(saved.sort()).toEqual(['links', 'note']);
	vi.advanceTimersByTime(SAVE_DELAY_MS);
	expect(saved).toHaveLength(2);
});
