// `export default class Named` keeps its name and local binding
import K, { make } from './m.mjs';
console.log(K.name, make() instanceof K);
