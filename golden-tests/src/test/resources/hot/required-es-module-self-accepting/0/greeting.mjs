export const message = 'hello v1';
export function shout() { return message.toUpperCase(); }
// After an update applies: what the CommonJS module sees through the namespace require gave it.
import.meta.hot.accept(() => console.log(globalThis.describeGreeting()));
