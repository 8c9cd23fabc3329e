import * as me from './self.mjs';
export function check(other) {
  console.log('same', me === other);
  console.log('keys', Object.keys(me).join());
}
export const y = 2;
export const x = 1;
