// ticks of import() of an already-evaluated module (HostLoadImportedModule completing synchronously, as GraalJS does): 1 job to link+evaluate, 1 for the settled evaluation promise, then the reaction
import './m.mjs';
const order = [];
const p = import('./m.mjs').then(() => order.push('import'));
Promise.resolve().then(() => order.push(1)).then(() => order.push(2)).then(() => order.push(3)).then(() => order.push(4));
await p;
await null; await null; await null;
console.log(order.join());
