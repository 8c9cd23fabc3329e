console.log('first');
globalThis.ran.push('first');
