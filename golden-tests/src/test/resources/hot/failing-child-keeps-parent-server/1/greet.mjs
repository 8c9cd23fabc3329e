export const greet = (name) => 'hi ' + name;
console.log('greet v2 runs');
throw new Error('oops');
