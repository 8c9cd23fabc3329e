// Abstract classes and members, implements clauses.
interface Named { name: string }
export abstract class Animal implements Named {
  abstract name: string;
  abstract speak(loud: boolean): string;
  protected abstract readonly legs: number;
  describe(): string { return this.name + " says " + this.speak(false); }
}
export class Dog extends Animal implements Named, Iterable<number> {
  name = "dog";
  protected readonly legs = 4;
  speak(loud: boolean) { return loud ? "WOOF" : "woof"; }
  *[Symbol.iterator]() { yield this.legs; }
}
export default abstract class {}
