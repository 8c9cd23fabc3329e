// exported class: TDZ until the declaration runs
export class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  static origin = new Point(0, 0);
}
