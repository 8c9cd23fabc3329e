export default 'd';
export const name = 'n';
