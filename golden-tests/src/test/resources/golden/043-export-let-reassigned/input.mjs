// an exported let is live: its accessor reads the current value
export let count;
export function inc() { count = (count ?? 0) + 1; }
inc();
