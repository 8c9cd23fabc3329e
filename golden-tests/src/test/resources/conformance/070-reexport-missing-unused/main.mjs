// an indirect export of a missing name fails linking even if nobody imports it
try { await import('./mid.mjs'); console.log('no error'); }
catch (e) { console.log(e.constructor.name); }
