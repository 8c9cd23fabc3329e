export default 1;
export const x = 2;
