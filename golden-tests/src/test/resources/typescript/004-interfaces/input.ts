// Interfaces, exported or not, with every kind of member.
interface Point { x: number; y: number }
export interface Shape<T = number> extends Point, Iterable<T> {
  readonly kind: "circle" | "square";
  area(): number;
  scale?(factor: number): Shape<T>;
  [key: string]: unknown;
  new (x: number): Shape;
  (call: string): void;
  get size(): number;
}
export default interface Defaulted { a: 1 }
export const p: Point = { x: 1, y: 2 };
