import { user } from './routes/user.mjs';
export function describe() {
  return 'app with ' + user;
}
