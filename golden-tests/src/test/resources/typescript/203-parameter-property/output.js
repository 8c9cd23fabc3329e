// Parameter properties: the modifiers go, "this.x = x;" is written after the constructor's "{".
export class Point {
  constructor(       x        ,                  y = 0) { this.x = x; this.y = y;}
  sum() { return this.x + this.y; }
}
