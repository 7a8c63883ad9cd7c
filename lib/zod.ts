/**
 * The one place zod is configured; every other module imports `z` from here.
 *
 * - `zod/mini` because it tree-shakes: the content script runs on every portal page and
 *   must stay small, and it parses messages with the same schemas as the rest.
 * - `jitless`: extension pages forbid `eval`/`new Function`, which zod would otherwise
 *   probe for to compile fast parsers.
 * - Russian locale: generic zod messages (an imported file with a wrong type, say) reach users.
 */
import * as z from 'zod/mini';
import { ru } from 'zod/locales';

z.config({ jitless: true });
z.config(ru());

export { z };
