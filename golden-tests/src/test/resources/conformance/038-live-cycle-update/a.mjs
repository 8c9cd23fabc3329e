import './b.mjs';
export var shared;
shared = 'set by a';
