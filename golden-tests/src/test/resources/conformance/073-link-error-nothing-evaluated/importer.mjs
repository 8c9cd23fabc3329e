import './leaf.mjs';
import { missing } from './other.mjs';
globalThis.log.push('importer');
