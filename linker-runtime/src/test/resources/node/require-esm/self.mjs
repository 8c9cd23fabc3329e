// An ES module that requires itself while it evaluates: ERR_REQUIRE_CYCLE_MODULE (hmrc's linker only).
import { createRequire } from 'node:module';
export const v = 1;
try { createRequire(import.meta.url)('./self.mjs'); console.log('no error'); } catch (e) { console.log(e.code, e.message.replace(import.meta.dirname, '<dir>').replace(import.meta.dirname, '<dir>')); }
