import Mustache from "mustache";
console.log(Mustache.render("Hello {{name}}! {{#items}}<{{.}}>{{/items}}{{^none}} none{{/none}} {{{raw}}} {{esc}}", { name: "World", items: [1, 2, 3], raw: "<b>", esc: "<i>" }));
console.log(Mustache.render("{{> part}}", { x: 5 }, { part: "partial {{x}}" }));
