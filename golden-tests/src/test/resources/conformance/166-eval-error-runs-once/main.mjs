// a failing module's body runs once; further imports replay the recorded error without re-running it
let n = 0;
for (let i = 0; i < 2; i++) { try { await import('./bad.mjs'); } catch { n++; } }
console.log(n + ' rejections, ' + globalThis.runs + ' evaluation');
