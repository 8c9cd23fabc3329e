import './b.mjs';
throw new Error('root failed');
