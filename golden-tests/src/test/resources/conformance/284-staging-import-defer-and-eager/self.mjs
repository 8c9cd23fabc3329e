import defer * as again from './self.mjs';
evaluated.push('self');
export let seen;
try { seen = again.y; } catch (e) { seen = e.constructor.name; }
export const y = 2;
