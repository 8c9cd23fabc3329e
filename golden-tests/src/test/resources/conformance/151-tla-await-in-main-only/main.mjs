// TLA only in the entry: its dependencies evaluate synchronously first
import './leaf.mjs';
console.log('main before');
await 0;
console.log('main after');
