import { value as a } from './tla.mjs';
import { value as b } from './sync.mjs';
evaluated.push('lazy');
export const both = a + ' and ' + b;
