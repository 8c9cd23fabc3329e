export const fromStar = 'star';
