evaluated.push('dep');
export const x = 1;
