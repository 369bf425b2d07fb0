import { describe, expect, test } from 'vitest';
import {
	countProvenance,
	formatProvenanceReport,
	provenanceRecords
} from '../../src/lib/framework/provenance';
import { miniFramework } from '../fixtures/mini';

const fw = miniFramework();

describe('provenanceRecords', () => {
	test('finds records wherever they sit, nested pay bands and Career Framework levels too', () => {
		const paths = [...provenanceRecords(fw)].map((r) => `${r.file} ${r.path.join('.')}`);
		expect(paths).toContain('framework.json ');
		expect(paths).toContain('levels.json levels.0.payBand');
		expect(paths).toContain('levels.json levels.2.careerFrameworkLevel');
		expect(paths).toContain('roles.json roles.1');
		expect(paths).toContain('mappings.json mappings.0');
	});
	test('carries the evidence note with the record', () => {
		const nurse = [...provenanceRecords(fw)].find((r) => r.path.join('.') === 'roles.1');
		expect(nurse?.status).toBe('confirmed');
		expect(nurse?.evidence).toMatch(/registered nurse/);
	});
});

describe('countProvenance', () => {
	test('counts each file by status, every record once', () => {
		const counts = countProvenance(fw);
		expect(counts.get('roles.json')).toEqual({ confirmed: 1, inferred: 0, working: 2 });
		expect(counts.get('routes.json')).toEqual({ confirmed: 0, inferred: 1, working: 2 });
		const total = [...counts.values()].reduce(
			(n, c) => n + c.confirmed + c.inferred + c.working,
			0
		);
		expect(total).toBe([...provenanceRecords(fw)].length);
	});
});

describe('formatProvenanceReport', () => {
	test('prints a header, a row a file and a total, in aligned columns', () => {
		const lines = formatProvenanceReport(
			new Map([
				['roles.json', { confirmed: 3, inferred: 1, working: 10 }],
				['education.json', { confirmed: 2, inferred: 0, working: 4 }]
			])
		);
		expect(lines).toHaveLength(4);
		expect(lines[0]).toMatch(/^File\s+confirmed\s+inferred\s+working$/);
		expect(lines[1]).toMatch(/^roles\.json\s+3\s+1\s+10$/);
		expect(lines[3]).toMatch(/^Total\s+5\s+1\s+14$/);
		expect(new Set(lines.map((l) => l.length)).size).toBe(1);
	});
});
