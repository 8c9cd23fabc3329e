import { parse, inject } from "regexparam";
const route = parse("/books/:genre/:title?");
const match = route.pattern.exec("/books/horror/goosebumps");
console.log(route.keys.join(), match[1], match[2], route.pattern.test("/books"), route.pattern.test("/books/x"));
console.log(inject("/users/:id/:tab?", { id: 7 }), inject("/files/*", { wild: "a/b.txt" }));
