import './a.mjs';
console.log('b importing a');
import('./a.mjs').then((ns) => console.log('b got a ' + ns.state));
