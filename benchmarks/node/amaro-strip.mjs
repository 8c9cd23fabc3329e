// node amaro-strip.mjs AMARO_DIR LIST WARMUP ROUNDS SINGLE_FILE [ACCEPTED]
// Node's type stripper (amaro, transformSync strip-only) over the files named in LIST, warm:
// WARMUP rounds, then ROUNDS measured rounds over all files that amaro accepts (their paths are
// written to ACCEPTED, so that hmrc is timed on the same files); then SINGLE_FILE alone, 2,000
// times warm. Prints one line: AMARO <files> <bytes> <median MB/s> <best MB/s> <single-file median ms>.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const [amaroDir, list, warmup, rounds, single, accepted] = process.argv.slice(2);
const amaro = createRequire(import.meta.url)(amaroDir);
const strip = (code) => amaro.transformSync(code, { mode: 'strip-only' }).code;
const paths = readFileSync(list, 'utf8').split('\n').filter(Boolean)
  .filter((f) => { try { strip(readFileSync(f, 'utf8')); return true; } catch { return false; } });
if (accepted) writeFileSync(accepted, paths.join('\n') + '\n');
const files = paths.map((f) => readFileSync(f, 'utf8'));
const bytes = files.reduce((n, code) => n + Buffer.byteLength(code), 0);
let sink = 0;
const round = () => { const t0 = process.hrtime.bigint(); for (const code of files) sink += strip(code).length; return Number(process.hrtime.bigint() - t0) / 1e6; };
for (let i = 0; i < Number(warmup); i++) round();
const times = [];
for (let i = 0; i < Number(rounds); i++) times.push(round());
times.sort((a, b) => a - b);
const code = readFileSync(single, 'utf8');
const singles = [];
for (let i = 0; i < 2000; i++) { const t0 = process.hrtime.bigint(); sink += strip(code).length; singles.push(Number(process.hrtime.bigint() - t0) / 1e6); }
singles.sort((a, b) => a - b);
const mbs = (ms) => (bytes / 1e6 / (ms / 1e3)).toFixed(1);
console.log(`AMARO ${files.length} ${bytes} ${mbs(times[times.length >> 1])} ${mbs(times[0])} ${singles[singles.length >> 1].toFixed(3)} ${sink > 0 ? '' : '!'}`);
