import { name } from 'pkg';
import { sub } from 'pkg/sub';
import { plain } from 'plain';
console.log(name, sub, plain);
