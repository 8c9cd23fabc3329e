export const message = 'hello v1';
export function shout() { return message.toUpperCase(); }
import.meta.hot.accept();
