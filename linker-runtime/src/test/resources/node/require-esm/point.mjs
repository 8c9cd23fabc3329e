export default class Point { constructor(x, y) { this.x = x; this.y = y; } }
export function distance(a, b) { return Math.sqrt((b.x - a.x) ** 2 + (b.y - a.y) ** 2); }
