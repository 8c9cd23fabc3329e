// a module with neither imports nor exports evaluates and has an empty namespace
import * as ns from './alone.mjs';
console.log(JSON.stringify(Object.keys(ns)));
