console.log('dep');
export const v = 'dep-value';
