import { x as me } from './self.mjs';
export const x = 1;
console.log('self x=' + me);
