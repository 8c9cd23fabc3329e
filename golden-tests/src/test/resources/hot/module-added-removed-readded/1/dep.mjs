import { extra } from './extra.mjs';
export const text = 'with ' + extra;
import.meta.hot.accept();
