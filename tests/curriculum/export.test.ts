import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/lib/curriculum/csv-parse';
import { fileSlug, MAPPING_CSV_COLUMNS, mappingCsv } from '../../src/lib/curriculum/export';
import { curriculumKind, CURRICULUM_FORMAT, type Curriculum } from '../../src/lib/curriculum/model';
import { readSavedFile, savedFile } from '../../src/lib/persistence/saved-kind';
import { miniCurriculum, miniData } from './mini';

describe('mappingCsv', () => {
	const read = parseCsv(mappingCsv(miniData, miniCurriculum()), ',');
	const rows = read.ok ? read.value.rows : [];

	test('one row per outcome–capability link, plus one per unmapped outcome', () => {
		expect(rows[0]).toEqual(MAPPING_CSV_COLUMNS);
		// o1: 1 link, o2: 2, o3: unmapped, o4: 2, o5: 1
		expect(rows).toHaveLength(1 + 1 + 2 + 1 + 2 + 1);
		expect(rows[1]).toEqual([
			'0.0.1-test',
			'BSc Test',
			'NUR101',
			'Module A',
			'',
			'Gives comfort',
			'T1.1',
			'Giving comfort',
			'Entry',
			'Caring'
		]);
		expect(rows[4]?.slice(5, 8)).toEqual(['Unrelated', '', 'Not mapped']);
	});

	test('a cell that would run as a formula is neutralised', () => {
		expect(rows.filter((r) => r[5] === "'=cmd|calc")).toHaveLength(2);
	});
});

const fw = { id: miniData.frameworkId, version: miniData.frameworkVersion };
const readCurriculumFile = (text: string) =>
	readSavedFile<Curriculum>(curriculumKind, text, fw.id, () => 'new-id');

describe('the JSON file', () => {
	test('re-imports to the same state', () => {
		const c = miniCurriculum();
		const file = savedFile(curriculumKind, [c], fw, new Date('2026-12-01T00:00:00Z'));
		const read = readCurriculumFile(JSON.stringify(file));
		expect(read.ok && read.value.kept).toEqual([c]);
		expect(read.ok && read.value.setAside).toEqual([]);
	});

	test.each([
		['not JSON', 'Module,Outcome\nA,B', /not valid JSON/],
		['another tool’s JSON', '{"name":"x"}', /not exported by this tool/],
		['a self-assessment', '{"format":"accend-explorer-assessments"}', /not exported/],
		[
			'a newer format',
			`{"format":"${CURRICULUM_FORMAT}","formatVersion":9,"curricula":[]}`,
			/newer version/
		],
		[
			'a file without a list',
			`{"format":"${CURRICULUM_FORMAT}","formatVersion":1,"curricula":"x"}`,
			/does not hold a list of curricula\. Your saved curricula are unchanged/
		],
		[
			'another framework’s file',
			`{"format":"${CURRICULUM_FORMAT}","formatVersion":1,"frameworkId":"trust-own","curricula":[]}`,
			/another framework \(“trust-own”\)/
		]
	])('%s is refused with a reason', (_name, text, message) => {
		expect(readCurriculumFile(text)).toEqual({
			ok: false,
			message: expect.stringMatching(message)
		});
	});
});

test.each([
	['BSc Nursing (Adult) 2026', 'bsc-nursing-adult-2026'],
	['  ', 'curriculum'],
	['../../etc/passwd', 'etc-passwd']
])('fileSlug(%j) → %j', (name, slug) => {
	expect(fileSlug(name)).toBe(slug);
});
