exports.n = 2;
