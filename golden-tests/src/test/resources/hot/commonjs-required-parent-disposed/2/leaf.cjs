exports.n = 3;
throw new Error('leaf 3 fails');
