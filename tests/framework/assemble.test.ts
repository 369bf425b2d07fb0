import { describe, expect, test } from 'vitest';
import { assembleFramework } from '../../src/lib/framework/assemble';
import { formatProblem } from '../../src/lib/framework/problem';
import { miniFiles, miniFilesWith } from '../fixtures/mini';

/** The problems of a broken copy, as the lines `npm run validate` prints. */
function problemLines(files: Record<string, string>): string[] {
	const result = assembleFramework(files);
	expect(result.ok).toBe(false);
	return result.problems.map(formatProblem);
}

describe('assembleFramework', () => {
	test('assembles the mini fixture with levels in order', () => {
		const result = assembleFramework(miniFiles());
		expect(result.ok).toBe(true);
		expect(result.framework?.levels.map((l) => l.id)).toEqual(['entry', 'middle', 'top']);
		// Defaults are filled in, so the app never meets a missing list.
		expect(result.framework?.roles.find((r) => r.id === 'lead-nurse')?.aliases).toEqual([]);
	});

	test.each([
		[
			'a missing file',
			() => {
				const f = miniFiles();
				delete f['roles.json'];
				return f;
			},
			/^roles\.json: this file is missing/
		],
		[
			'broken JSON',
			() => ({ ...miniFiles(), 'levels.json': '{ "levels": [ ' }),
			/^levels\.json: is not valid JSON/
		],
		[
			'an empty title',
			() => miniFilesWith('roles.json', (j) => (j.roles[1].title = '  ')),
			/^roles\.json at roles\[1\]\.title: must not be empty/
		],
		[
			'a bad id',
			() => miniFilesWith('roles.json', (j) => (j.roles[0].id = 'Helper One')),
			/^roles\.json at roles\[0\]\.id: must be lower-case/
		],
		[
			'an unknown status',
			() => miniFilesWith('domains.json', (j) => (j.domains[0].status = 'maybe')),
			/^domains\.json at domains\[0\]\.status:/
		],
		[
			'an http source',
			() => miniFilesWith('levels.json', (j) => (j.levels[0].sources = ['http://example.org'])),
			/^levels\.json at levels\[0\]\.sources\[0\]:/
		],
		[
			'a duration that runs backwards',
			() =>
				miniFilesWith(
					'routes.json',
					(j) => (j.routes[0].duration = { min: 4, max: 2, unit: 'years' })
				),
			/^routes\.json at routes\[0\]\.duration: min must not be more than max/
		],
		[
			'a colour that is not hex',
			() => miniFilesWith('domains.json', (j) => (j.domains[1].colour = 'green')),
			/^domains\.json at domains\[1\]\.colour: must be a six-digit hex colour/
		]
	])('names %s with its file and path', (_what, files, expected) => {
		expect(problemLines(files())).toEqual(
			expect.arrayContaining([expect.stringMatching(expected)])
		);
	});

	test('reports problems in several files at once', () => {
		const files = miniFilesWith('roles.json', (j) => (j.roles[0].title = ''));
		files['levels.json'] = 'not json';
		const lines = problemLines(files);
		expect(lines.some((l) => l.startsWith('roles.json'))).toBe(true);
		expect(lines.some((l) => l.startsWith('levels.json'))).toBe(true);
	});
});
