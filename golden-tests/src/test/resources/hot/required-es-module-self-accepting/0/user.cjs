const greeting = require('./greeting.mjs');
console.log('user.cjs runs once, required', greeting.message);
globalThis.describeGreeting = () => 'user.cjs sees ' + greeting.message + ' ' + greeting.shout()
  + ', require gives the same namespace: ' + (require('./greeting.mjs') === greeting);
module.exports = { describe: () => globalThis.describeGreeting() };
