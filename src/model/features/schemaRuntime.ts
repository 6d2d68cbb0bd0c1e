/**
 * zod as the atlas uses it: without compiling validators through `new Function`, so that the
 * app's Content-Security-Policy (no 'unsafe-eval') is never even tested by a probe.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
