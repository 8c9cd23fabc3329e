// an import attribute value that is not a string rejects with TypeError
try { await import('./d.json', { with: { type: 1 } }); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
