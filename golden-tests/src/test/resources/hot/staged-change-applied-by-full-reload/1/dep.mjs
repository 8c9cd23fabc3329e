export const value = 'dep v2';
