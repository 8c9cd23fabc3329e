export const greet = (name) => 'hi ' + name;
throw new Error('oops');
