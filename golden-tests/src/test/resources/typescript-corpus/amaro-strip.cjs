// node amaro-strip.cjs AMARO_DIR LIST OUT: strips every file named in LIST (one path a line)
// with amaro's transformSync(code, { mode: "strip-only" }), Node's own type stripper, and
// writes the result for line N to OUT/N.js, or "\0ERROR <code>: <message>" when amaro refuses
// the file. Prints "STRIPPED <files> <bytes> <ms>" (the time spent in transformSync).
const fs = require('fs');
const path = require('path');
const [amaroDir, list, out] = process.argv.slice(2);
const amaro = require(amaroDir);
const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
let bytes = 0, ms = 0;
files.forEach((file, n) => {
  const code = fs.readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(code);
  let result;
  const started = process.hrtime.bigint();
  try {
    result = amaro.transformSync(code, { mode: 'strip-only' }).code;
  } catch (err) {
    result = '\u0000ERROR ' + err.code + ': ' + err.message;
  }
  ms += Number(process.hrtime.bigint() - started) / 1e6;
  fs.writeFileSync(path.join(out, n + '.js'), result);
});
console.log(`STRIPPED ${files.length} ${bytes} ${ms.toFixed(0)}`);
