export const message = 'hello v3, which does not accept itself';
export function shout() { return message.toUpperCase(); }
