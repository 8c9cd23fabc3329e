export const value = 'dep v1';
