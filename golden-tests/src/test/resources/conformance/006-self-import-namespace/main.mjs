// a module importing its own namespace gets the same object as an outside import of it
import * as outer from './self.mjs';
import { check } from './self.mjs';
check(outer);
console.log('main');
