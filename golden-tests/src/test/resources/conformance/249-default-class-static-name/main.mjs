// an anonymous default class with a static `name` member keeps that member, not "default"
import K from './m.mjs';
console.log(K.name());
