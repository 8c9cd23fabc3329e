import './b.mjs';
export default function () { return 'anon'; }
console.log('a');
