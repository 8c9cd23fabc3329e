// the catch parameter (plain and destructured) shadows the import
import { err, msg } from "./e.js";
try { throw err; } catch (err) { console.log(err); }
try { throw err; } catch ({ msg }) { console.log(msg); }
console.log(err, msg);
