globalThis.counterRuns = (globalThis.counterRuns || 0) + 1;
export let count = 0;
export function bump() { count++; }
export const shared = 'one instance';
