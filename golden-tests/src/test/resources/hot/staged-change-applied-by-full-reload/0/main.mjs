import { value } from './dep.mjs';
import './trigger.mjs';
console.log('main runs with', value);
