// a using declaration: the GraalJS 25.0.2 parser rejects it
import { open } from "./res.js";
{
  using handle = open();
}
