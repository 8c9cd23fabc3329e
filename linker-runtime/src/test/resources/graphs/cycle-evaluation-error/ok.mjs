console.log('ok runs once');
export const value = 'ok';
