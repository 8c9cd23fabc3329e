import { missing } from './a.mjs';
