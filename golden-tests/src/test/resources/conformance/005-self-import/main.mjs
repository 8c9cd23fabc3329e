// a module importing itself: its own bindings are reachable through the self import after initialisation
import { x } from './self.mjs';
console.log('main', x);
