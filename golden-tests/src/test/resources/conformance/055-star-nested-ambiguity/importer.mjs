import { dup } from './outer.mjs';
