import { user } from './routes/user.mjs';
console.log('app runs');
export function describe() {
  return 'app with ' + user;
}
