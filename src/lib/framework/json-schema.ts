/** JSON Schema documents generated from the zod schema, one per framework file. */
import { z } from '../zod';
import { FRAMEWORK_FILES } from './schema';

/** File name ("levels.schema.json") → JSON text, stable for committing. */
export function jsonSchemaFiles(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [file, schema] of Object.entries(FRAMEWORK_FILES)) {
		const name = file.replace(/\.json$/, '.schema.json');
		const doc = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
		out[name] = JSON.stringify({ ...doc, title: `ACCEND explorer: ${file}` }, null, '\t') + '\n';
	}
	return out;
}
