globalThis.log.push('other');
export const present = 1;
