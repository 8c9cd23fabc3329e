// a module that failed to link fails again on a second dynamic import
let first, second;
try { await import('./bad.mjs'); } catch (e) { first = e; }
try { await import('./bad.mjs'); } catch (e) { second = e; }
console.log(first.constructor.name, second.constructor.name);
