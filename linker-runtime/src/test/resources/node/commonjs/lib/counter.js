globalThis.__counterRuns = (globalThis.__counterRuns || 0) + 1;
exports.count = globalThis.__counterRuns;
