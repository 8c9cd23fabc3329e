export const greet = (name) => 'hi ' + name;
console.log('greet v3 runs');
import.meta.hot.dispose(() => console.log('greet v3 disposed'));
