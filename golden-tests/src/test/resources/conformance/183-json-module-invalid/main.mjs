// an invalid JSON module rejects its import with a SyntaxError
try { await import('./bad.json', { with: { type: 'json' } }); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
