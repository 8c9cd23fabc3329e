// a JSON module may be an array or a primitive
import arr from './arr.json' with { type: 'json' };
import str from './str.json' with { type: 'json' };
console.log(arr.length, typeof str);
