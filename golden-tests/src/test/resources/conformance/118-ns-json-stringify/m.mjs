export const b = 'two', a = 1;
export default [3];
