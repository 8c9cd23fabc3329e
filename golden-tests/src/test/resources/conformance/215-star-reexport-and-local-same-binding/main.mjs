// a star and an indirect export reaching the same binding through different paths resolve identically
import * as hub from './hub.mjs';
console.log('keys ' + Object.keys(hub).join());
console.log(hub.v);
