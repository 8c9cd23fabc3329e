// Parameter properties: the modifiers go, "this.x = x;" is written after the constructor's "{".
export class Point {
  constructor(public x: number, private readonly y = 0) {}
  sum() { return this.x + this.y; }
}
