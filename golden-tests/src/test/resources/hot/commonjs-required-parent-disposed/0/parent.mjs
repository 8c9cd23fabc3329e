import { value } from './child.cjs';
const runs = (import.meta.hot.data.runs ?? 0) + 1;
console.log('parent run', runs, 'sees', value);
import.meta.hot.dispose((data) => { data.runs = runs; console.log('parent run', runs, 'disposed'); });
import.meta.hot.accept();
