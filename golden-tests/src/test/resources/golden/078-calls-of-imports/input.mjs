// calls, member calls, new and tagged templates on imports
import { fn, obj, Klass, tag } from "./calls.js";
fn(1);
obj.method(2);
new Klass(3);
new Klass;
tag`t${fn}`;
(0, fn)(4);
