evaluated.push('has');
export const x = 'has.x';
export const then = 'has.then';
export default 'has.default';
