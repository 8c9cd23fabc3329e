// State that lives in one module; importers see it through live bindings.
import config from 'java:config';

export let count = 0;
export const events = [];

export function record(event) {
  if (count >= config.limit) {
    throw new RangeError(`${config.user} may record ${config.limit} events, not "${event}"`);
  }
  count++;
  events.push(event);
}
