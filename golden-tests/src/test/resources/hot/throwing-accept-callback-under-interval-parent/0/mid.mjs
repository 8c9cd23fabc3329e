import { n } from './dep.mjs';
export const label = 'mid of ' + n;
console.log('mid runs:', label);
import.meta.hot.accept('./dep.mjs', () => { throw new Error('mid cannot take it'); });
