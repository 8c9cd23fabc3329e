import { user } from 'java:config';
import { count, events, record } from './store.mjs';

record('started by ' + user);

// Records an event from a timer on the runtime's event loop; the promise settles after it.
export function later(event, ms) {
  return new Promise((resolve) => {
    setTimeout(() => {
      record(event);
      resolve(`${event} recorded, count is now ${count}`);
    }, ms);
  });
}

export { count, events, record };
