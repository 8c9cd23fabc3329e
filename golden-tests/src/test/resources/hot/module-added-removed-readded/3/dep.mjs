import { extra } from './extra.mjs';
export const text = 'with ' + extra + ' again';
import.meta.hot.accept();
