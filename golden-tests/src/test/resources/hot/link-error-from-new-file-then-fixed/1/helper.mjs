export function helpr() { return 'help'; }
console.log('helper runs');
