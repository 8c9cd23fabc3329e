// a named class expression's name is bound only inside the class
import { Base, Self } from "./classes.js";
const K = class Self extends Base {
  clone() { return new Self(); }
};
console.log(new K(), Self);
