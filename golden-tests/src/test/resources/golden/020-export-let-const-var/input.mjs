// exported declarations: "export" is removed, each bound name gets an accessor
export let counter = 0;
export const limit = 10, step = 2;
export var legacy = "v";
counter += step;
