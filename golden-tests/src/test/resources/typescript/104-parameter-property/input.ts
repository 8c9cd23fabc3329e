// A constructor parameter property assigns a field: refused.
export class Point {
  constructor(public x: number, private readonly y = 0) {}
}
