// import defer (staging) of a module whose graph has top-level await: the async dependency evaluates eagerly, before the importer; the deferred module and its sync dependency only at the first read
import './setup.mjs';
import defer * as lazy from './lazy.mjs';
console.log('main', evaluated.join());
console.log(lazy.both);
console.log('after read', evaluated.join());
