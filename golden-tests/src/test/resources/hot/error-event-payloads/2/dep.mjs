import { missing } from './main.mjs';
export const v = 3;
import.meta.hot.accept();
