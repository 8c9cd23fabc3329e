export const shared = 'same binding twice';
