// An enum has run-time behaviour: refused (in a "declare" it is erased).
export enum Color { Red, Green = "green" }
