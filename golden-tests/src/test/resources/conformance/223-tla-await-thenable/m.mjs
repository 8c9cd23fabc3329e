export const v = await { then(resolve) { resolve(5); } };
