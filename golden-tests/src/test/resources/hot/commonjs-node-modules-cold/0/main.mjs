import { shout } from './local.cjs';
console.log(shout('hi'));
import.meta.hot.accept();
