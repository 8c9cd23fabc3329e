export const value = await Promise.resolve('ready');
