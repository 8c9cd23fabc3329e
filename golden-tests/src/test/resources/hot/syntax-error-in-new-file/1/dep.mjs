import { part } from './part.mjs';
export const text = 'with ' + part;
import.meta.hot.accept();
