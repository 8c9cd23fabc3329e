// an explicit `export { dup } from` shadows the star exports of the same name
import { dup } from './hub.mjs';
console.log(dup);
