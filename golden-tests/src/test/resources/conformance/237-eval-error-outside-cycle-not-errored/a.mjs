import './leaf.mjs';
throw new Error('a failed');
