// Decorators (TypeScript's experimentalDecorators) are refused, with the position of the "@".
function logged(target: any, key: string) {}
export class Service {
  @logged method() {}
}
