// importing a file that does not exist rejects the dynamic import
try { await import('./does-not-exist.mjs'); console.log('no error'); }
catch (e) { console.log('caught', e instanceof Error); }
