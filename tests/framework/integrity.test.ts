import { describe, expect, test } from 'vitest';
import { assembleFramework } from '../../src/lib/framework/assemble';
import { formatProblem } from '../../src/lib/framework/problem';
import { miniFilesWith } from '../fixtures/mini';

type Edit = [file: string, edit: (json: any) => void];

/** Each kind of cross-file problem, made in a copy of the mini fixture, and the line that must name it. */
const CASES: [string, Edit, string][] = [
	[
		'duplicate ids',
		['roles.json', (j) => (j.roles[2].id = 'helper')],
		'roles.json at roles[2].id: id "helper" is used twice (first at [0]); each id must be unique'
	],
	[
		'duplicate capability codes',
		['capabilities.json', (j) => (j.capabilities[1].code = 'T1.1')],
		'capabilities.json at capabilities[1].code: code "T1.1" is used twice'
	],
	[
		'an unknown level on a role',
		['roles.json', (j) => (j.roles[0].level = 'basement')],
		'roles.json at roles[0].level: refers to level "basement", which does not exist'
	],
	[
		'an unknown profession group',
		['roles.json', (j) => (j.roles[1].professionGroup = 'surgery')],
		'roles.json at roles[1].professionGroup: refers to profession "surgery", which does not exist'
	],
	[
		'an unknown domain',
		['capabilities.json', (j) => (j.capabilities[0].domain = 'nowhere')],
		'capabilities.json at capabilities[0].domain: refers to domain "nowhere"'
	],
	[
		'an unknown pillar on a domain',
		['domains.json', (j) => (j.domains[0].pillars = ['wellbeing'])],
		'domains.json at domains[0].pillars[0]: refers to pillar "wellbeing"'
	],
	[
		'a route to a missing role',
		['routes.json', (j) => (j.routes[0].to.id = 'ghost')],
		'routes.json at routes[0].to.id: refers to role "ghost"'
	],
	[
		'a route that goes nowhere',
		['routes.json', (j) => (j.routes[0].to = { type: 'role', id: 'helper' })],
		'routes.json at routes[0].to: a route must lead somewhere other than where it starts'
	],
	[
		'a learning offer for a missing capability',
		['education.json', (j) => (j.learningOffers[0].capabilities = ['flying'])],
		'education.json at learningOffers[0].capabilities[0]: refers to capability "flying"'
	],
	[
		'a mapping to a missing external item',
		['mappings.json', (j) => (j.mappings[0].to.item = 'two')],
		'mappings.json at mappings[0].to.item: "other" has no item "two"'
	],
	[
		'a descriptor missing for a level',
		['capabilities.json', (j) => delete j.capabilities[0].descriptors.middle],
		'capabilities.json at capabilities[0].descriptors: has nothing for level "middle"'
	],
	[
		'a descriptor for an unknown level',
		[
			'capabilities.json',
			(j) => (j.capabilities[0].descriptors.roof = { applies: true, text: 'x' })
		],
		'capabilities.json at capabilities[0].descriptors.roof: refers to level "roof"'
	],
	[
		'a gap in the run of levels',
		['capabilities.json', (j) => (j.capabilities[0].descriptors.middle = { applies: false })],
		'capabilities.json at capabilities[0].descriptors.middle: does not apply here but applies at levels either side'
	],
	[
		'a capability that applies nowhere',
		[
			'capabilities.json',
			(j) => {
				for (const k of ['entry', 'middle', 'top'])
					j.capabilities[1].descriptors[k] = { applies: false };
			}
		],
		'capabilities.json at capabilities[1].descriptors: applies at no level'
	],
	[
		'a descriptor that repeats its neighbour',
		[
			'capabilities.json',
			(j) => (j.capabilities[0].descriptors.middle.text = 'Gives comfort  with help.')
		],
		'capabilities.json at capabilities[0].descriptors.middle: repeats the descriptor for "entry" word for word'
	],
	[
		'a gap in level order',
		['levels.json', (j) => (j.levels[2].order = 5)],
		'levels.json at levels[2].order: order 5 breaks the sequence'
	],
	[
		'a repeated domain number',
		['domains.json', (j) => (j.domains[1].number = 1)],
		'domains.json at domains[1].number: number 1 is repeated'
	],
	[
		'a colour too pale for text',
		['domains.json', (j) => (j.domains[0].colour = '#88ccee')],
		'domains.json at domains[0].colour: colour #88ccee has a contrast of 1.76:1 with white'
	],
	[
		'a confirmed record without sources',
		['roles.json', (j) => (j.roles[0].status = 'confirmed')],
		'roles.json at roles[0].sources: a record marked "confirmed" must cite at least one source'
	],
	[
		'an inferred pay band without sources',
		['levels.json', (j) => (j.levels[0].payBand.status = 'inferred')],
		'levels.json at levels[0].payBand.sources: a record marked "inferred" must cite'
	]
];

describe('checkIntegrity through assembleFramework', () => {
	test.each(CASES)('catches %s', (_what, [file, edit], expected) => {
		const result = assembleFramework(miniFilesWith(file, edit));
		expect(result.ok).toBe(false);
		expect(result.problems.map(formatProblem)).toEqual(
			expect.arrayContaining([expect.stringContaining(expected)])
		);
	});

	test('reports every problem, not just the first', () => {
		const result = assembleFramework(
			miniFilesWith('roles.json', (j) => {
				j.roles[0].level = 'a';
				j.roles[1].level = 'b';
				j.roles[2].professionGroup = 'c';
			})
		);
		expect(result.problems).toHaveLength(3);
	});
});
