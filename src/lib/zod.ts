/**
 * zod, configured once for this site. zod 4 compiles fast parsers from
 * generated code when it may; the site’s Content Security Policy forbids that
 * (as it should), and even zod's probe for it is reported as a violation. So
 * the compiler is switched off: every module imports z from here, not 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
