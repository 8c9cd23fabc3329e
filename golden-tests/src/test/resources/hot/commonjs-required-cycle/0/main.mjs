import { describe } from './a.cjs';
console.log('main sees', describe());
import.meta.hot.accept('./a.cjs', (ns) => console.log('main accepted', ns.describe(), 'binding', describe()));
