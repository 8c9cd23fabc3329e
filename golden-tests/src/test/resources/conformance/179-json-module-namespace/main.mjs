// a JSON module's namespace has only "default"
import * as ns from './data.json' with { type: 'json' };
console.log(Object.keys(ns).join());
