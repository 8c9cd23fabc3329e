import user from './user.cjs';
console.log('main runs once:', user.describe());
