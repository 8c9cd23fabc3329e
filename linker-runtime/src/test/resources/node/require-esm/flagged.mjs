export const __esModule = false;
export default 'flagged default';
export const value = 3;
