console.log('grandchild.cjs runs, v1');
module.exports = { word: 'one' };
