export function helper() { return 'help'; }
console.log('helper runs');
