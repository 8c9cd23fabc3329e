export let value = 'before';
await Promise.resolve();
value = 'after await';
export function later() { value = 'changed'; return 'later'; }
