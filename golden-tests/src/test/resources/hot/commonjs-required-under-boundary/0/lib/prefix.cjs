exports.prefix = 'v1:';
