import { createRequire } from 'node:module';
import app from './app.cjs';
const cache = createRequire(import.meta.url).cache;
console.log('main runs:', app.describe(), Object.keys(cache).length);
