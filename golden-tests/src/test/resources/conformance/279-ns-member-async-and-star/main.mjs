// members of an async module's namespace and star-exported members read like named imports once linked
import * as ns from './hub.mjs';
import * as late from './late.mjs';
console.log(ns.fromStar, ns.own, late.value, late.later(), late.value, ns['fromStar']);
console.log(Object.keys(ns).join(), Object.keys(late).join());
