// a static import of an ambiguous star name fails linking: nothing evaluates, the error is uncaught
import { dup } from './hub.mjs';
console.log('main', dup);
