// export * as ns from: an indirect export of the namespace
export * as utils from "./utils.js";
export * as "kebab-ns" from "./kebab.js";
