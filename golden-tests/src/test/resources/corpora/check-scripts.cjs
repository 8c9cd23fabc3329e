// Compiles every file named in the list file (argv[2], one path a line) as a
// classic script, without running it: the same parse `node --check` does for a
// CommonJS file, in one process instead of one per file. Prints one line per
// failing file, "FAIL\t<path>\t<line>:<column> <message>", then "CHECKED <n>".
'use strict';
const fs = require('fs');
const vm = require('vm');
const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let failed = 0;
for (const file of files) {
  try {
    new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file });
  } catch (e) {
    failed++;
    const where = /:(\d+)\n/.exec(String(e.stack)) ? /:(\d+)\n/.exec(String(e.stack))[1] : '?';
    console.log(`FAIL\t${file}\tline ${where}: ${e.name}: ${e.message}`);
  }
}
console.log(`CHECKED ${files.length} FAILED ${failed}`);
