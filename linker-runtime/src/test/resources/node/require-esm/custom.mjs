function distance(a, b) { return b - a; }
const api = { name: 'custom', distance };
export default api;
export { api as 'module.exports' };
export const lost = 'named exports are lost to require';
