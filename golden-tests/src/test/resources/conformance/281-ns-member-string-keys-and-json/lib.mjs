function spaced() { return this === undefined ? 'undefined this' : Object.keys(this).length + ' keys'; }
export { spaced as 'with space' };
export const plain = 'plain';
export default 'the default';
