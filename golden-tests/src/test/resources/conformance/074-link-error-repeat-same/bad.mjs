import { missing } from './m.mjs';
