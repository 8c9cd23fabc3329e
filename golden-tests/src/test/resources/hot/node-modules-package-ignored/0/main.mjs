import { version, hotType } from 'pkg';
console.log('pkg', version, 'import.meta.hot is', hotType);
import.meta.hot.accept();
