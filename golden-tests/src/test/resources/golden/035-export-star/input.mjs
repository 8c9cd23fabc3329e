// export * from: a star export entry and a request
export * from "./everything.js";
export * from "./more.js";
