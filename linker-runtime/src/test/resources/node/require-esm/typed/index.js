import helper from './helper.cjs';
import { shared } from '../counter.mjs';
export const fromCommonJs = helper.twice(21);
export const sharedCounter = shared;
