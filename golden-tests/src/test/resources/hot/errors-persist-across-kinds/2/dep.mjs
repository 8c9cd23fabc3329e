import { nothing } from './other.mjs';
export const value = 3;
import.meta.hot.accept();
