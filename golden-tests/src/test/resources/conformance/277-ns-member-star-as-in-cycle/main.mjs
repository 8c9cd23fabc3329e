// export * as in a cycle: members of the re-exported namespace are in TDZ until their module ran, then live
import './c.mjs';
import * as b from './b.mjs';
console.log('main', b.inner.x, b.inner.bump(), b.inner.x, b['inner'].x);
