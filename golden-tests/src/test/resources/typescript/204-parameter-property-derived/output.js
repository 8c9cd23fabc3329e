// In a derived class the assignments follow the top-level super(...) call, as TypeScript emits them.
class Base { constructor(         kind        ) { this.kind = kind;} }
export class Circle extends Base {
  constructor(          radius        ,                   kind = "circle") {
    super(kind); this.radius = radius; this.kind = kind;
    console.log(this.radius);
  }
}
