console.log('lazy');
export const three = 3;
