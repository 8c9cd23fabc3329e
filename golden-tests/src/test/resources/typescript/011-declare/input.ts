// Ambient declarations are erased whole, whatever they contain.
declare const VERSION: string;
declare let mutable: number;
declare function external(x: number): void;
declare class Legacy { constructor(x: number); method(): void; }
declare enum Direction { Up, Down }
declare const enum Flags { A = 1 }
declare namespace Lib { const a: number; function f(): void; namespace Inner { let x: 1 } }
declare module "virtual" { export = something; import x = require("y"); }
declare module "shorthand";
declare global { interface Window { hmrc: boolean } }
export declare const exported: number;
export declare function exportedFn(): void;
export const real = 1;
