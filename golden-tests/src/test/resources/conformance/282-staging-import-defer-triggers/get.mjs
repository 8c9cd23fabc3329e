evaluated.push('get');
export const x = 'get.x';
export const then = 'get.then';
export default 'get.default';
