/** `npm run validate` as a data editor meets it: a broken copy, every problem named, exit 1. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { MINI_DIR } from '../fixtures/mini';

const ROOT = join(import.meta.dirname, '../..');
/** Each test starts `npx tsx` in a new process: seconds on a loaded two-core machine, not milliseconds. */
const SPAWN = { timeout: 60_000 };
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function runValidate(folder: string) {
	return spawnSync('npx', ['tsx', 'src/cli/validate.ts', folder], { cwd: ROOT, encoding: 'utf8' });
}

test('a valid folder passes with a summary', SPAWN, () => {
	const run = runValidate(MINI_DIR);
	expect(run.status).toBe(0);
	expect(run.stdout).toMatch(/valid\. 3 levels, 2 domains, 2 capabilities, 3 roles/);
});

test('a broken copy names each problem with its file and path, and exits 1', SPAWN, () => {
	const dir = mkdtempSync(join(tmpdir(), 'accend-broken-'));
	temps.push(dir);
	cpSync(MINI_DIR, dir, { recursive: true });
	const roles = JSON.parse(readFileSync(join(dir, 'roles.json'), 'utf8'));
	roles.roles[0].level = 'basement';
	writeFileSync(join(dir, 'roles.json'), JSON.stringify(roles));
	const domains = JSON.parse(readFileSync(join(dir, 'domains.json'), 'utf8'));
	domains.domains[1].colour = '#aaaaaa';
	writeFileSync(join(dir, 'domains.json'), JSON.stringify(domains));

	const run = runValidate(dir);
	expect(run.status).toBe(1);
	expect(run.stderr).toContain('2 problem(s) to fix');
	expect(run.stderr).toContain('roles.json at roles[0].level: refers to level "basement"');
	expect(run.stderr).toContain('domains.json at domains[1].colour: colour #aaaaaa');
});

test('the active ACCEND data passes', SPAWN, () => {
	const run = spawnSync('npx', ['tsx', 'src/cli/validate.ts'], { cwd: ROOT, encoding: 'utf8' });
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
});
