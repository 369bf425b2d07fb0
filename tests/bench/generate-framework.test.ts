import { join } from 'node:path';
import { expect, test } from 'vitest';
import { activeFolder, DATA_DIR, readFrameworkFiles } from '../../src/cli/read-framework';
import { assembleFramework } from '../../src/lib/framework/assemble';
import { frameworkFiles, scaleFramework } from '../fixtures/generate-framework';

test('a 10× framework is ten times larger and still valid', () => {
	const original = assembleFramework(readFrameworkFiles(join(DATA_DIR, activeFolder())));
	if (!original.ok) throw new Error('active data invalid');
	const big = scaleFramework(original.framework, 10);
	expect(big.roles).toHaveLength(original.framework.roles.length * 10);
	expect(big.capabilities).toHaveLength(original.framework.capabilities.length * 10);
	const again = assembleFramework(frameworkFiles(big));
	expect(again.problems).toEqual([]);
});
