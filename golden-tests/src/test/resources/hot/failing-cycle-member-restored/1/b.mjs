import { a } from './a.mjs';
export const b = 'b2';
throw new Error('b version 2 fails');
