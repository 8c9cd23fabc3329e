export default 'dflt';
export const named = 1;
