export default 'D';
export const n = 'n';
