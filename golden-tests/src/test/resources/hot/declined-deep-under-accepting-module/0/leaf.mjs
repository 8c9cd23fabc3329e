export const leaf = 'leaf1';
