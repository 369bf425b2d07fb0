import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { jsonSchemaFiles } from '../../src/lib/framework/json-schema';

const SCHEMA_DIR = join(import.meta.dirname, '../../framework-data/schema');

test.each(Object.entries(jsonSchemaFiles()))(
	'framework-data/schema/%s matches the zod schema (run "npm run schema" after changing it)',
	(name, text) => {
		expect(readFileSync(join(SCHEMA_DIR, name), 'utf8')).toBe(text);
		expect(JSON.parse(text).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
	}
);
