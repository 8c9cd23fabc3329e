export const message = 'hello v4';
export function shout() { return message.toUpperCase(); }
