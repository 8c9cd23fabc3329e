export const leaf = 'leaf2';
