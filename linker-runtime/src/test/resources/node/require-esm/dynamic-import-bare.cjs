module.exports = () => import('two-builds');
