// An ES module that requires itself while it evaluates: ERR_REQUIRE_CYCLE_MODULE.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
export const v = 1;
const here = dirname(fileURLToPath(import.meta.url));
try { createRequire(import.meta.url)('./self.mjs'); console.log('no error'); } catch (e) { console.log(e.code, e.message.replace(here, '<dir>').replace(here, '<dir>')); }
