// sync bottom, async middle, sync top: bottom runs synchronously, top waits for middle
import './top.mjs';
console.log('main');
