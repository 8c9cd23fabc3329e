globalThis.evaluated = (globalThis.evaluated || 0) + 1;
export let x = 1;
