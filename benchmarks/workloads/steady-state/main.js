// Steady-state overhead workload (see BENCHMARKS.md). Runs `rounds` rounds of `ops`
// kernel iterations each and prints one line per round:
//   round <k> <milliseconds> <checksum>
// Arguments: [rounds] [ops per round]. The checksum must be the same under both linkers.
import { kernel } from './a.js';
import * as a from './a.js';
import { ticks } from './c.js';

const rounds = Number(arguments[0] ?? 60);
const ops = Number(arguments[1] ?? 1000000);
let checksum = 1;
for (let round = 0; round < rounds; round++) {
  const start = Date.now();
  checksum = (round & 1) === 0 ? kernel(ops, checksum) : a.kernel(ops, checksum);
  const elapsed = Date.now() - start;
  console.log(`round ${round} ${elapsed} ${checksum} ${ticks}`);
}
