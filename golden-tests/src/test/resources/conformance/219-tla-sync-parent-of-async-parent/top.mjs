import './ap.mjs';
console.log('sync top');
