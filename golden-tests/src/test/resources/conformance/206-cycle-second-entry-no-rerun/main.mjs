// after a cycle has evaluated, a later importer of its member reruns nothing
import './a.mjs';
import './c.mjs';
