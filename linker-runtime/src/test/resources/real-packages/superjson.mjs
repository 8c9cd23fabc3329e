import superjson from "superjson";
const value = { date: new Date(0), map: new Map([["a", 1]]), set: new Set([1, 2]), big: 10n, re: /x+/gi, undef: undefined, inf: -Infinity };
const { json, meta } = superjson.serialize(value);
console.log(JSON.stringify(json), JSON.stringify(meta));
const back = superjson.parse(superjson.stringify(value));
console.log(back.date instanceof Date, back.map.get("a"), back.set.has(2), typeof back.big, back.re.flags, "undef" in back, back.inf);
