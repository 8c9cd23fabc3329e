export function greet() { return 'hi there'; }
