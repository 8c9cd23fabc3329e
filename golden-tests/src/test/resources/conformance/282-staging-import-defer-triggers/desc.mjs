evaluated.push('desc');
export const x = 'desc.x';
export const then = 'desc.then';
export default 'desc.default';
