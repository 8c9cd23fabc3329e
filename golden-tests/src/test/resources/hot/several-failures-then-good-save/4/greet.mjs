export const greet = (name) => 'hi ' + ;
