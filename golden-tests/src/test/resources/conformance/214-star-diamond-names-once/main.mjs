// a diamond of stars over one base module lists its names once
import * as hub from './hub.mjs';
console.log(Object.keys(hub).join());
