import { ns } from './hub.mjs';
