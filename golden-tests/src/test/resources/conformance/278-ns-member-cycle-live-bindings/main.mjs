// namespace members in a cycle are live: TDZ first, then each read sees the current value, through calls too
import { run } from './a.mjs';
run();
