import { part } from './part.mjs';
import { fine } from './fine.mjs';
export const text = 'with ' + part + fine;
import.meta.hot.accept();
