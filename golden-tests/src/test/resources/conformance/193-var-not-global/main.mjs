// top-level var/function declarations in a module are module-scoped, not global properties
import './m.mjs';
console.log(typeof globalThis.moduleVar === 'undefined' ? 'undefined' : 'global');
console.log(globalThis.shared);
