// State that lives in one module; importers see it through live bindings.
import { user, limit } from 'java:config'; // Java values, live: Java may replace them

export let count = 0;
export const events = [];

export function record(event) {
  if (count >= limit) {
    throw new RangeError(`${user} may record ${limit} events, not "${event}"`);
  }
  count++;
  events.push(event);
}
