export const greet = (name) => 'hello ' + name;
console.log('greet v1 runs');
import.meta.hot.dispose(() => console.log('greet v1 disposed'));
