console.log('not evaluated');
import { dup } from './hub.mjs';
