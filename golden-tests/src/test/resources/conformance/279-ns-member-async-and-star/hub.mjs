export * from './star.mjs';
export const own = 'own';
