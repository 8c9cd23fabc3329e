export async function loadDeep() { return (await import('./deep.mjs')).name; }
