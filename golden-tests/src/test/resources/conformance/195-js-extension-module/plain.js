export const v = 'from .js';
