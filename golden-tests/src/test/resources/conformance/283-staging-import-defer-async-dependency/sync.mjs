evaluated.push('sync');
export const value = 'from sync';
