// Class members: access modifiers, readonly, override, declare, optional and definite fields, index signatures.
class Base { greet(): string { return "base"; } }
export class Widget<T> extends Base {
  public name: string = "w";
  private readonly items: T[] = [];
  protected static count?: number;
  declare meta: Record<string, unknown>;
  ready!: boolean;
  [key: string]: unknown;
  static readonly [Symbol.species] = Array;
  #secret: number = 1;
  public constructor() { super(); }
  override greet(): string { return "widget" + this.#secret; }
  public static create<U>(): Widget<U> { return new Widget<U>(); }
  get size(): number { return this.items.length; }
  set size(value: number) { this.items.length = value; }
  optional?(): void;
}
