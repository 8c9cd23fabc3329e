globalThis.okRuns = (globalThis.okRuns || 0) + 1;
export const count = globalThis.okRuns;
console.log('ok evaluated');
