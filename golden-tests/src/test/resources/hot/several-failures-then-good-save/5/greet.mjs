export const greet = (name) => 'hi ' + name;
const runs = (import.meta.hot.data.runs ?? 0) + 1;
console.log('greet v5 run', runs);
