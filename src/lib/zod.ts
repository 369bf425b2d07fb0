/**
 * zod, configured once for this site. zod 4 compiles fast parsers from
 * generated code when it may; the site’s Content Security Policy forbids that
 * (as it should), and even zod's probe for it is reported as a violation. So
 * the compiler is switched off: every module imports zod from here, not 'zod'.
 *
 * Two builds of the one library, sharing that setting:
 * - `z`, the full build with its chained methods, for what runs at build time
 *   (the framework data, the search vocabulary, the published JSON Schema);
 * - `zm`, the mini build with a functional API that the bundler can trim to
 *   what is used, for what the browser itself must check (saved work, imported
 *   files, share links): about a third of the full build's weight there.
 */
import { z } from 'zod';
import * as zm from 'zod/mini';

// One setting for both builds: they share zod's core, where it is kept. Set through
// the mini build so that a browser page importing only `zm` never pulls in the full one.
zm.config({ jitless: true });

export { z, zm };
