import MarkdownIt from "markdown-it";
const md = new MarkdownIt({ linkify: true, typographer: true });
console.log(md.render("## Hello\n\n> quote \"here\"\n\n1. a\n2. b\n\nvisit https://example.com -- now\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
