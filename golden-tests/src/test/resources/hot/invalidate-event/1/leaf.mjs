export const n = 2;
console.log('leaf runs', n);
import.meta.hot.accept((ns) => { if (ns.n === 3) import.meta.hot.invalidate('mid must see ' + ns.n); });
