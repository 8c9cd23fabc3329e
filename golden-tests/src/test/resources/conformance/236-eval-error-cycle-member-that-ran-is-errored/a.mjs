import './b.mjs';
throw new Error('a failed');
