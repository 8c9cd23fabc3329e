export const dup = 1, ok1 = 1;
export default 'x default';
