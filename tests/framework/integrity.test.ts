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
	],
	[
		'a confirmed record that does not say what its source supports',
		['roles.json', (j) => Object.assign(j.roles[0], { status: 'confirmed', sources: [PAGE] })],
		'roles.json at roles[0].evidence: a record marked "confirmed" must say in "evidence"'
	],
	[
		'an inferred Career Framework level without evidence',
		[
			'levels.json',
			(j) =>
				Object.assign(j.levels[1].careerFrameworkLevel, {
					status: 'inferred',
					sources: [PAGE, PAGE_2]
				})
		],
		'levels.json at levels[1].careerFrameworkLevel.evidence: a record marked "inferred" must say'
	],
	[
		'an inferred record read from one page only',
		[
			'routes.json',
			(j) => Object.assign(j.routes[0], { status: 'inferred', sources: [PAGE], evidence: EVIDENCE })
		],
		'routes.json at routes[0].sources: a record marked "inferred" is read across pages, so it must cite at least 2'
	],
	[
		'a route that runs down a level without a track',
		[
			'routes.json',
			(j) => Object.assign(j.routes[0], { from: j.routes[0].to, to: j.routes[0].from })
		],
		'routes.json at routes[0]: runs down from level 2 to level 1'
	],
	[
		'an alias shared by roles at two levels',
		['roles.json', (j) => (j.roles[1].aliases = ['RN', 'hlp'])],
		'roles.json at roles[1].aliases[1]: "hlp" also names role "helper" at level "entry"'
	],
	[
		"an alias that is another level's role title",
		['roles.json', (j) => (j.roles[0].aliases = [j.roles[2].title])],
		'also names role "helper" at level "entry"'
	]
];

const PAGE = 'https://example.org/a';
const PAGE_2 = 'https://example.org/b';
const EVIDENCE = 'The page says so in its own terms.';

describe('checkIntegrity through assembleFramework', () => {
	test.each(CASES)('catches %s', (_what, [file, edit], expected) => {
		const result = assembleFramework(miniFilesWith(file, edit));
		expect(result.ok).toBe(false);
		expect(result.problems.map(formatProblem)).toEqual(
			expect.arrayContaining([expect.stringContaining(expected)])
		);
	});

	test.each<[string, Edit]>([
		[
			'a confirmed record with a source and evidence',
			[
				'roles.json',
				(j) =>
					Object.assign(j.roles[0], { status: 'confirmed', sources: [PAGE], evidence: EVIDENCE })
			]
		],
		[
			'an inferred record with two sources and evidence',
			[
				'routes.json',
				(j) =>
					Object.assign(j.routes[0], {
						status: 'inferred',
						sources: [PAGE, PAGE_2],
						evidence: EVIDENCE
					})
			]
		],
		[
			'a learner track that runs down a level',
			[
				'routes.json',
				(j) =>
					Object.assign(j.routes[0], {
						from: j.routes[0].to,
						to: j.routes[0].from,
						track: 'learner'
					})
			]
		],
		[
			'an alias shared by two roles at one level',
			['roles.json', (j) => j.roles.push({ ...j.roles[0], id: 'helper-2' })]
		]
	])('accepts %s', (_what, [file, edit]) => {
		const result = assembleFramework(miniFilesWith(file, edit));
		expect(result.problems.map(formatProblem)).toEqual([]);
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
