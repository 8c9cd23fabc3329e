export const vendor = 'vendor v1';
export const hotType = typeof import.meta.hot;
