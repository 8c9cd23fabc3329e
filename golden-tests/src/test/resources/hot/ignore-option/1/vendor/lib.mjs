export const vendor = 'vendor v2';
export const hotType = typeof import.meta.hot;
