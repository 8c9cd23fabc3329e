console.log('grandchild.cjs runs, v2');
module.exports = { word: 'two' };
