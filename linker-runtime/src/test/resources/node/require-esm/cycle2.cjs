try { require('./cycle2.mjs'); } catch (e) { console.log('inner', e.code); }
module.exports = 'cycle2.cjs exports';
