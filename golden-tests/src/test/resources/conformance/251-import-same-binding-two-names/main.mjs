// importing one export under two local names gives two views of one binding
import { x as one, x as two, bump } from './m.mjs';
console.log(one === two);
bump();
console.log(one, two);
