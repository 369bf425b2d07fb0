/**
 * npm run schema: writes framework-data/schema/<file>.schema.json from the zod
 * schema, so that people editing the JSON by hand get checks in their editor.
 * A test fails when the committed files differ from what this would write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../lib/framework/json-schema';
import { DATA_DIR } from './read-framework';

const dir = join(DATA_DIR, 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
	writeFileSync(join(dir, name), text);
	console.log(`wrote framework-data/schema/${name}`);
}
