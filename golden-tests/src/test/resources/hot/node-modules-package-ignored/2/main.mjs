import { version, hotType } from 'pkg';
console.log('main v2: pkg', version, 'import.meta.hot is', hotType);
import.meta.hot.accept();
