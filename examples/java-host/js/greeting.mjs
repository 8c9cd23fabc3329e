export const greeting = "hello from JS";
