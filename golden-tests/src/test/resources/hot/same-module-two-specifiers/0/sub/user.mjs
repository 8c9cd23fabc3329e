import { a } from '../a.mjs';
export const viaSub = () => a;
