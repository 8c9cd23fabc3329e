import clsx from "clsx";
console.log(clsx("a", { b: true, c: false }, ["d", ["e", { f: 1 }]], null, undefined, 0, "g"));
