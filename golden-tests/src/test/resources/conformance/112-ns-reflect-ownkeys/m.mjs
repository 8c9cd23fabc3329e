export default 0;
export const b = 1, a = 2;
