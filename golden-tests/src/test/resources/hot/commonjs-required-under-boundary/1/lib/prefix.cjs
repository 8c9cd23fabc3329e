exports.prefix = 'v2:';
