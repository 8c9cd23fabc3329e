class Greeter {
  #name;
  constructor(name) {
    this.#name = name;
  }
  greet() {
    return `hello, ${this.#name}`;
  }
}

export const greeting = (name) => new Greeter(name).greet();
