// Overload signatures (functions and methods) are erased whole.
export function parse(text: string): number;
export function parse(text: string, radix: number): number;
export function parse(text: string, radix = 10): number { return parseInt(text, radix); }
function local(a: string): string;
function local(a: any) { return a; }
export class Calc {
  add(a: number): number;
  add(a: string): string;
  add(a: any) { return a; }
  constructor(x: number);
  constructor(x?: number) {}
}
export default function fallback(x: string): void;
export default function fallback(x?: string) {}
