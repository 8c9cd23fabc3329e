import value from './m.mjs' with { unknownKey: 'x' };
console.log('importer evaluated', value);
