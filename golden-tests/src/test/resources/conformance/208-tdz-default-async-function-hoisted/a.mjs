import './b.mjs';
export default async function () {}
console.log('a');
