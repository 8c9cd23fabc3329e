export const greet = (name) => 'hi ' + name;
