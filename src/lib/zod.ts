// zod as the analysis uses it, in Node and in the browser alike. zod 4 compiles fast object parsers
// with `new Function`, which the site's Content Security Policy (no 'unsafe-eval') refuses, and
// merely probing for it is reported as a violation; jitless parsing needs no generated code. Every
// module of src/lib takes `z` from here, so the setting holds before the first parse.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
