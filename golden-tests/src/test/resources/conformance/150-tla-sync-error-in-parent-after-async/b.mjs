import './a.mjs';
console.log('b throws');
throw new EvalError('b failed');
