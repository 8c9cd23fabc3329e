export const message = 'hello v2';
export function shout() { return message.toUpperCase() + '!'; }
import.meta.hot.accept(() => console.log(globalThis.describeGreeting()));
