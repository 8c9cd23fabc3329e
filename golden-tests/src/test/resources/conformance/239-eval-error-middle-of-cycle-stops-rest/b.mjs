import './c.mjs';
throw new Error('b');
