// in a cycle, b reads a's var before a assigns it; b's exported reader sees the update later
import './a.mjs';
import { report } from './b.mjs';
report();
