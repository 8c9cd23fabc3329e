evaluated.push('keys');
export const x = 'keys.x';
export const then = 'keys.then';
export default 'keys.default';
