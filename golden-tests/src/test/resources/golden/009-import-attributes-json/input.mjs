// import attributes: the request carries {type: "json"}
import data from "./data.json" with { type: "json" };
console.log(data.items.length);
