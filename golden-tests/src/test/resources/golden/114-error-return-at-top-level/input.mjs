// syntax error: return outside a function
const done = true;
if (done) return;
