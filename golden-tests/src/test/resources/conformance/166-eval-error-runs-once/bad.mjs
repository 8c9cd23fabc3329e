globalThis.runs = (globalThis.runs || 0) + 1;
console.log('bad runs');
throw new Error('x');
