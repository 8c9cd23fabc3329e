try { require('./cycle.mjs'); } catch (e) { console.log(e.code, e.message.replace(__dirname, '<dir>').replace(__dirname, '<dir>')); }
module.exports = 'cycle.cjs exports';
