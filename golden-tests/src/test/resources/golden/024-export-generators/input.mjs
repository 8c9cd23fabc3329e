// exported generator and async generator functions
export function* range(n) { for (let i = 0; i < n; i++) yield i; }
export async function* ticks() { yield await 1; }
