import { describe, expect, test } from 'vitest';
import { lazyComponent } from '../../../src/lib/components/shared/lazy-component.svelte';

describe('lazyComponent', () => {
	test('fetches once on first load, and holds the component from then on', async () => {
		let fetches = 0;
		const view = lazyComponent(async () => {
			fetches += 1;
			return { default: 'the component' };
		});
		expect(view.view).toBeNull();
		expect(fetches).toBe(0);
		const [a, b] = await Promise.all([view.load(), view.load()]);
		expect([a, b, view.view]).toEqual(['the component', 'the component', 'the component']);
		await view.load();
		expect(fetches).toBe(1);
		expect(view.failed).toBe('');
	});

	test('a failed fetch says so, and the next load tries again', async () => {
		let online = false;
		const view = lazyComponent(async () => {
			if (!online) throw new TypeError('Failed to fetch dynamically imported module');
			return { default: 'the component' };
		});
		expect(await view.load()).toBeNull();
		expect(view.view).toBeNull();
		expect(view.failed).toMatch(/could not load\. Reload the page/);
		online = true;
		expect(await view.load()).toBe('the component');
		expect(view.view).toBe('the component');
		expect(view.failed).toBe('');
	});
});
