exports.n = 4;
