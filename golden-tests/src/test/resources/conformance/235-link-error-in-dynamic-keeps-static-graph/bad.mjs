import './good.mjs';
import { missing } from './good.mjs';
