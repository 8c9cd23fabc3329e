// import() whose `with` option is not an object rejects with TypeError
try { await import('./m.mjs', { with: 'json' }); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
