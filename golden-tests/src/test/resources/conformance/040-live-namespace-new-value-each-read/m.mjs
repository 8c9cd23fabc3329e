export let n = 0;
export const inc = () => { n++; };
