module.exports = 'pkg entry';
