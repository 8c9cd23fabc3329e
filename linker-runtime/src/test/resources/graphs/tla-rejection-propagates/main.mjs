const first = await import('./parent.mjs').catch((e) => e);
const second = await import('./parent.mjs').catch((e) => e);
const direct = await import('./failing.mjs').catch((e) => e);
console.log(first.message, first === second, first === direct);
