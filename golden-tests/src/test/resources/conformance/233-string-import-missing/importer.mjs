import { "not-there" as n } from './m.mjs';
