// Object.assign into a namespace throws (its [[Set]] returns false)
import * as ns from './m.mjs';
try { Object.assign(ns, { x: 2 }); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
