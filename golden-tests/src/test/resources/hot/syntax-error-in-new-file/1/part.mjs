export const part = 'p' +;
