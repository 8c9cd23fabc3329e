export const part = JSON.parse('"part"');
