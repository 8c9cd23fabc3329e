import { hello } from './words.mjs';
export const greet = (name) => hello + ', ' + name;
console.log('greet v3 runs');
import.meta.hot.dispose(() => {
  console.log('greet v3 disposed');
  if (!globalThis.threwOnce) { globalThis.threwOnce = true; throw new Error('greet cannot let go'); }
});
