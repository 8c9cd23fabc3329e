console.log('grandchild.cjs runs, v3');
module.exports = { word: 'three' };
