export const greet = (name) => 'hello ' + name;
const runs = (import.meta.hot.data.runs ?? 0) + 1;
console.log('greet v1 run', runs);
import.meta.hot.dispose((data) => { data.runs = runs; });
