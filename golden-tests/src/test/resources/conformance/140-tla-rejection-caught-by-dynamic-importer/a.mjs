await null;
const err = new RangeError('x');
globalThis.capture(err);
throw err;
