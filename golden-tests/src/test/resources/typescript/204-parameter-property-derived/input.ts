// In a derived class the assignments follow the top-level super(...) call, as TypeScript emits them.
class Base { constructor(readonly kind: string) {} }
export class Circle extends Base {
  constructor(protected radius: number, override readonly kind = "circle") {
    super(kind)
    console.log(this.radius);
  }
}
