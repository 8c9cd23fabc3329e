exports.version = 2;
