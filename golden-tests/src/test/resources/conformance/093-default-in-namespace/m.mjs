export default { o: 1 };
export const n = 1;
