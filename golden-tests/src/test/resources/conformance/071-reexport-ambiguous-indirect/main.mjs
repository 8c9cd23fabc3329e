// an indirect export of a name that is ambiguous in the target fails linking
try { await import('./mid.mjs'); console.log('no error'); }
catch (e) { console.log(e.constructor.name); }
