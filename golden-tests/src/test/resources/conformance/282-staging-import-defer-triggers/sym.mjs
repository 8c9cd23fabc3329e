evaluated.push('sym');
export const x = 'sym.x';
export const then = 'sym.then';
export default 'sym.default';
